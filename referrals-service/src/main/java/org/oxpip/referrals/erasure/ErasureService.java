package org.oxpip.referrals.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.oxpip.referrals.audit.AuditLog;
import org.oxpip.referrals.feed.FeedWriter;
import org.oxpip.referrals.intake.IdempotencyKeys;
import org.oxpip.referrals.problem.ProblemException;
import org.oxpip.referrals.referral.Referral;
import org.oxpip.referrals.referral.ReferralView;
import org.oxpip.referrals.security.Caller;
import org.oxpip.referrals.workflow.StatusChange;

/**
 * Erases a family's personal data on request (UK GDPR art. 17): names, dates of birth, NHS numbers,
 * postcodes, contact details, the referrer's details, free text and the reasons typed into the
 * history. The pseudonymised facts (dates, statuses, area, source) and the audit trail stay, so the
 * episode is still counted; the erasure itself is a change in the feed.
 */
@ApplicationScoped
public class ErasureService {

    @Inject
    AuditLog audit;

    @Inject
    FeedWriter feed;

    @Inject
    IdempotencyKeys keys;

    @Inject
    Clock clock;

    @Transactional
    public ReferralView erase(UUID id, Caller caller) {
        Referral referral = Referral.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (referral == null) {
            throw ProblemException.notFound();
        }
        if (referral.erasedAt == null) {
            clearPersonalData(referral);
            StatusChange.update("reason = null where referralId = ?1", id);
            keys.forget(id);
            referral.erasedAt = Instant.now(clock);
            referral.updatedAt = referral.erasedAt;
            audit.record(caller, AuditLog.Action.ERASE, id);
            feed.append(referral);
        }
        return ReferralView.of(referral);
    }

    private static void clearPersonalData(Referral r) {
        r.parents.clear();
        r.babyDateOfBirth = null;
        r.babyDueDate = null;
        r.details = null;
        r.consentGiven = null;
        r.consentDate = null;
        r.referrerName = null;
        r.referrerRole = null;
        r.referrerOrganisation = null;
        r.referrerEmail = null;
        r.referrerPhone = null;
    }
}
