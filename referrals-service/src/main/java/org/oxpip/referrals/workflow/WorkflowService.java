package org.oxpip.referrals.workflow;

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
import org.oxpip.referrals.referral.ReferralView;
import org.oxpip.referrals.session.TherapySession;

/** Moves a referral through the workflow, recording who, when and why. */
@ApplicationScoped
public class WorkflowService {

    @Inject
    AuditLog audit;

    @Inject
    FeedWriter feed;

    @Inject
    Clock clock;

    @Transactional
    public ReferralView transition(UUID id, int expectedVersion, TransitionRequest request, Caller caller) {
        // Locked so two staff changing it at once are serialised: the second then sees a stale version (412).
        Referral referral = Referral.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (referral == null) {
            throw ProblemException.notFound();
        }
        Versions.requireCurrent(referral.version, expectedVersion);
        if (referral.erasedAt != null) {
            throw ProblemException.conflict(
                    "erased", "This referral's personal data was erased; it can no longer change");
        }
        if (!Workflow.allows(referral.status, request.to())) {
            throw ProblemException.conflict(
                    "illegal-transition",
                    "A referral that is " + referral.status + " cannot become " + request.to() + "; allowed: "
                            + Workflow.nextFrom(referral.status));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate effective = request.effectiveDate() == null ? today : request.effectiveDate();
        List<FieldError> errors = check(request, effective, today, referral.statusChangedOn);
        if (errors.isEmpty() && request.to() == ReferralStatus.CLOSED) {
            // A referral does not close before a session it had (sessions, in turn, never come after closing).
            TherapySession.lastDate(referral.id)
                    .filter(effective::isBefore)
                    .ifPresent(last -> errors.add(new FieldError(
                            "effectiveDate", "must not be before the referral's last recorded session")));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        StatusChange.record(
                referral.id,
                referral.status,
                request.to(),
                effective,
                request.reason(),
                request.closureReason(),
                caller);
        apply(referral, request, effective);
        audit.record(caller, AuditLog.Action.TRANSITION, referral.id);
        feed.append(referral);
        return ReferralView.of(referral);
    }

    public static List<FieldError> check(
            TransitionRequest request, LocalDate effective, LocalDate today, LocalDate previous) {
        List<FieldError> errors = new ArrayList<>();
        if (effective.isAfter(today)) {
            errors.add(new FieldError("effectiveDate", "must not be in the future"));
        } else if (effective.isBefore(previous)) {
            errors.add(new FieldError("effectiveDate", "must not be before the previous change (" + previous + ")"));
        }
        if (Workflow.needsReason(request.to())
                && (request.reason() == null || request.reason().isBlank())) {
            errors.add(new FieldError("reason", "is required to decline or redirect a referral"));
        }
        if (request.to() == ReferralStatus.CLOSED && request.closureReason() == null) {
            errors.add(new FieldError("closureReason", "is required to close a referral"));
        }
        if (request.to() != ReferralStatus.CLOSED && request.closureReason() != null) {
            errors.add(new FieldError("closureReason", "is only for closing a referral"));
        }
        return errors;
    }

    /** A transition's effect on the referral, after its checks; an import applies each step with it. */
    public void apply(Referral referral, TransitionRequest request, LocalDate effective) {
        referral.status = request.to();
        referral.statusChangedOn = effective;
        switch (request.to()) {
            case ACCEPTED -> referral.acceptedOn = effective;
            case DECLINED -> referral.declinedOn = effective;
            case REDIRECTED -> referral.redirectedOn = effective;
            case WAITING -> referral.waitingOn = effective;
            case IN_THERAPY -> referral.firstSessionOn = effective;
            case CLOSED -> {
                referral.closedOn = effective;
                referral.closureReason = request.closureReason();
            }
            default -> throw new IllegalStateException("No transition leads back to " + request.to());
        }
        if (request.fundingStream() != null) {
            referral.fundingStream = request.fundingStream();
        }
        if (request.allocatedTherapist() != null) {
            referral.allocatedTherapist = request.allocatedTherapist();
        }
        referral.updatedAt = Instant.now(clock);
    }
}
