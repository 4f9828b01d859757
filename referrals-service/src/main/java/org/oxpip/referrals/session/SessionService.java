package org.oxpip.referrals.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oxpip.platform.problem.Problem.FieldError;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Caller;
import org.oxpip.platform.versions.Versions;
import org.oxpip.referrals.audit.AuditLog;
import org.oxpip.referrals.feed.FeedWriter;
import org.oxpip.referrals.referral.Referral;
import org.oxpip.referrals.referral.ReferralStatus;
import org.oxpip.referrals.session.SessionRules.FirstSession;
import org.oxpip.referrals.workflow.StatusChange;

/** Records, corrects and deletes a referral's sessions; each change is audited and published on the feed. */
@ApplicationScoped
public class SessionService {

    /** What the history says when an attended session, not a person's own step, started therapy. */
    static final String STARTED_BY_SESSION = "Started by the first attended session";

    @Inject
    AuditLog audit;

    @Inject
    FeedWriter feed;

    @Inject
    Clock clock;

    @Transactional
    public TherapySession record(UUID referralId, SessionRequest request, Caller caller) {
        Referral referral = changeable(referralId);
        FirstSession effect = checked(referral, request);
        TherapySession session = new TherapySession();
        session.id = UUID.randomUUID();
        session.referralId = referralId;
        session.take(request);
        session.recordedBy = caller.actor();
        session.recordedAt = Instant.now(clock);
        session.updatedAt = session.recordedAt;
        session.persist();
        apply(referral, effect, request.date(), caller);
        audit.record(caller, AuditLog.Action.RECORD_SESSION, referralId);
        feed.append(referral);
        return session;
    }

    @Transactional
    public TherapySession correct(
            UUID referralId, UUID sessionId, int expectedVersion, SessionRequest request, Caller caller) {
        Referral referral = locked(referralId);
        TherapySession session = current(referral, sessionId, expectedVersion);
        notErased(referral);
        FirstSession effect = checked(referral, request);
        Instant now = Instant.now(clock);
        SessionVersion.keep(session, SessionVersion.Change.CORRECTED, null, caller.actor(), now);
        session.take(request);
        session.updatedAt = now;
        apply(referral, effect, request.date(), caller);
        audit.record(caller, AuditLog.Action.CORRECT_SESSION, referralId);
        feed.append(referral);
        return session;
    }

    @Transactional
    public void delete(UUID referralId, UUID sessionId, int expectedVersion, SessionDeletion deletion, Caller caller) {
        Referral referral = locked(referralId);
        TherapySession session = current(referral, sessionId, expectedVersion);
        notErased(referral);
        Instant now = Instant.now(clock);
        SessionVersion.keep(session, SessionVersion.Change.DELETED, deletion.reason(), caller.actor(), now);
        session.deleted = true;
        session.deletionReason = deletion.reason();
        session.updatedAt = now;
        audit.record(caller, AuditLog.Action.DELETE_SESSION, referralId);
        feed.append(referral);
    }

    @Transactional
    public List<TherapySession> list(UUID referralId, Caller caller) {
        existing(referralId);
        audit.record(caller, AuditLog.Action.LIST_SESSIONS, referralId);
        return TherapySession.ofReferral(referralId);
    }

    @Transactional
    public TherapySession read(UUID referralId, UUID sessionId, Caller caller) {
        TherapySession session = session(existing(referralId), sessionId);
        audit.record(caller, AuditLog.Action.READ_SESSION, referralId);
        return session;
    }

    @Transactional
    public List<SessionVersion> history(UUID referralId, UUID sessionId, Caller caller) {
        TherapySession session = session(existing(referralId), sessionId);
        audit.record(caller, AuditLog.Action.SESSION_HISTORY, referralId);
        return SessionVersion.of(session.id);
    }

    private FirstSession checked(Referral referral, SessionRequest request) {
        SessionRules.refusal(referral.status, referral.firstSessionOn, request.attendance())
                .ifPresent(SessionService::refuse);
        List<FieldError> errors = new ArrayList<>(
                SessionRules.check(request, LocalDate.now(clock), referral.receivedOn, referral.closedOn));
        FirstSession effect = SessionRules.firstSession(
                referral.status, referral.firstSessionOn, request.attendance(), request.date());
        if (errors.isEmpty()) {
            errors.addAll(SessionRules.checkStart(effect, request.date(), referral.waitingOn));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return effect;
    }

    /**
     * What a new session does to its referral (the effect {@link SessionRules#firstSession} worked out): starts
     * therapy, with its status change and audit entry, or moves the first session earlier. The import records
     * its sessions with it too, so an imported session does what a recorded one does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Referral referral, FirstSession effect, LocalDate date, Caller caller) {
        switch (effect) {
            case STARTS_THERAPY -> {
                StatusChange.record(
                        referral.id,
                        referral.status,
                        ReferralStatus.IN_THERAPY,
                        date,
                        STARTED_BY_SESSION,
                        null,
                        caller);
                referral.status = ReferralStatus.IN_THERAPY;
                referral.statusChangedOn = date;
                referral.firstSessionOn = date;
                referral.updatedAt = Instant.now(clock);
                audit.record(caller, AuditLog.Action.TRANSITION, referral.id);
            }
            case MOVES_EARLIER -> {
                referral.firstSessionOn = date;
                referral.updatedAt = Instant.now(clock);
            }
            case UNCHANGED -> {
                // nothing about the referral itself changes
            }
        }
    }

    private static void refuse(SessionRules.Refusal refusal) {
        throw switch (refusal) {
            case REFERRAL_NOT_IN_CARE ->
                ProblemException.unprocessable(
                        "referral-not-in-care",
                        "Sessions are recorded for a referral that is on the waiting list (WAITING), in therapy "
                                + "(IN_THERAPY) or closed; accept it and add it to the waiting list first");
            case CLOSED_WITHOUT_THERAPY ->
                ProblemException.unprocessable(
                        "closed-without-therapy",
                        "This referral was closed without starting therapy, so it cannot have an attended session");
        };
    }

    private static Referral locked(UUID referralId) {
        // Locked like a transition: a session that starts therapy and a status change are serialised.
        Referral referral = Referral.findById(referralId, LockModeType.PESSIMISTIC_WRITE);
        if (referral == null) {
            throw ProblemException.notFound();
        }
        return referral;
    }

    private static Referral changeable(UUID referralId) {
        Referral referral = locked(referralId);
        notErased(referral);
        return referral;
    }

    private static void notErased(Referral referral) {
        if (referral.erasedAt != null) {
            throw ProblemException.conflict(
                    "erased", "This referral's personal data was erased; it can no longer change");
        }
    }

    private static Referral existing(UUID referralId) {
        Referral referral = Referral.findById(referralId);
        if (referral == null) {
            throw ProblemException.notFound();
        }
        return referral;
    }

    private static TherapySession session(Referral referral, UUID sessionId) {
        TherapySession session = TherapySession.findById(sessionId);
        if (session == null || !session.referralId.equals(referral.id)) {
            throw ProblemException.notFound();
        }
        return session;
    }

    private static TherapySession current(Referral referral, UUID sessionId, int expectedVersion) {
        TherapySession session = session(referral, sessionId);
        Versions.requireCurrent(session.version, expectedVersion);
        if (session.deleted) {
            throw ProblemException.conflict("session-deleted", "This session was deleted; it can no longer change");
        }
        return session;
    }
}
