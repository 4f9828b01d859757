package org.oxpip.referrals.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Caller;
import org.oxpip.platform.versions.Versions;
import org.oxpip.referrals.audit.AuditLog;
import org.oxpip.referrals.feed.FeedWriter;
import org.oxpip.referrals.referral.Referral;

/** Staff read and correct a parent's equality monitoring; each access is audited, each change on the feed. */
@ApplicationScoped
public class MonitoringService {

    @Inject
    AuditLog audit;

    @Inject
    FeedWriter feed;

    @Inject
    Clock clock;

    @Transactional
    public ParentMonitoring read(UUID referralId, int position, Caller caller) {
        Referral referral = Referral.findById(referralId);
        ParentMonitoring monitoring = find(referral, referralId, position);
        audit.record(caller, AuditLog.Action.READ_MONITORING, referralId);
        return monitoring;
    }

    @Transactional
    public ParentMonitoring correct(
            UUID referralId, int position, int expectedVersion, Monitoring given, Caller caller) {
        Referral referral = Referral.findById(referralId, LockModeType.PESSIMISTIC_WRITE);
        ParentMonitoring monitoring = find(referral, referralId, position);
        Versions.requireCurrent(monitoring.version, expectedVersion);
        if (referral.erasedAt != null) {
            throw ProblemException.conflict(
                    "erased", "This referral's personal data was erased; it can no longer change");
        }
        monitoring.take(given, Instant.now(clock));
        audit.record(caller, AuditLog.Action.CORRECT_MONITORING, referralId);
        feed.append(referral);
        return monitoring;
    }

    private static ParentMonitoring find(Referral referral, UUID referralId, int position) {
        if (referral == null) {
            throw ProblemException.notFound();
        }
        return ParentMonitoring.of(referralId, position).orElseThrow(ProblemException::notFound);
    }
}
