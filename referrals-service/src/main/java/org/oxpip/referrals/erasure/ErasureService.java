package org.oxpip.referrals.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Caller;
import org.oxpip.referrals.audit.AuditLog;
import org.oxpip.referrals.feed.FeedWriter;
import org.oxpip.referrals.imports.ImportedReferral;
import org.oxpip.referrals.intake.IdempotencyKeys;
import org.oxpip.referrals.referral.Referral;
import org.oxpip.referrals.referral.ReferralView;
import org.oxpip.referrals.session.TherapySession;
import org.oxpip.referrals.workflow.StatusChange;

/**
 * Erases a family's personal data on request (UK GDPR art. 17): names, dates of birth, NHS numbers,
 * postcodes, contact details, the referrer's details, free text and the reasons typed into the
 * history, the sessions' notes and deletion reasons. The pseudonymised facts (dates, statuses, area, source,
 * the sessions without their notes, the parents' equality monitoring codes and age bands) and the audit
 * trail stay, so the episode is still counted; the erasure itself is a change in the feed.
 *
 * <p>referrals-service is the system of record for erasure: every other service holding the family's
 * data pulls the erasures it has not confirmed, erases its copy and confirms ({@link #confirm}), so an
 * erasure reaches a service that was down at the time as soon as it polls again.
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
    ErasureConfirmations confirmations;

    @Inject
    ErasureSettings settings;

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
            TherapySession.clearNotes(id);
            keys.forget(id);
            ImportedReferral.forgetContent(id);
            // Microseconds, as PostgreSQL keeps them: the answer and every later read agree.
            referral.erasedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            referral.updatedAt = referral.erasedAt;
            confirmations.confirm(id, ErasureConfirmations.THIS_SERVICE, referral.erasedAt);
            audit.record(caller, AuditLog.Action.ERASE, id);
            feed.append(referral);
        }
        return ReferralView.of(referral);
    }

    /** The calling service has erased its copy. Confirming again keeps the first time. */
    @Transactional
    public void confirm(UUID id, Caller caller) {
        Referral referral = Referral.findById(id);
        if (referral == null || referral.erasedAt == null) {
            throw ProblemException.notFound();
        }
        if (confirmations.confirm(id, serviceName(caller), Instant.now(clock).truncatedTo(ChronoUnit.MICROS))) {
            audit.record(caller, AuditLog.Action.CONFIRM_ERASURE, id);
        }
    }

    /** Erased referrals the calling service has not confirmed yet, oldest first. */
    @Transactional
    public List<PendingErasure> pending(Caller caller, int limit) {
        return confirmations.pendingFor(serviceName(caller), limit);
    }

    /** Which of the services holding the referral's data have confirmed its erasure; read by an admin. */
    @Transactional
    public ErasureRecord record(UUID id, Caller caller) {
        Referral referral = Referral.findById(id);
        if (referral == null) {
            throw ProblemException.notFound();
        }
        audit.record(caller, AuditLog.Action.READ_ERASURE, id);
        return ErasureRecord.of(id, referral.erasedAt, settings.services(), confirmations.of(id));
    }

    /**
     * The name a calling service goes by in the erasure protocol: its client id (Keycloak puts it in
     * {@code azp} for a client-credentials token, e.g. {@code outcomes-service}), else the principal.
     */
    static String serviceName(Caller caller) {
        return caller.clientId() != null ? caller.clientId() : caller.actor();
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
