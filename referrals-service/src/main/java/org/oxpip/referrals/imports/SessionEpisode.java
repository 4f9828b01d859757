package org.oxpip.referrals.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.oxpip.platform.problem.Problem.FieldError;
import org.oxpip.referrals.referral.Referral;
import org.oxpip.referrals.referral.ReferralStatus;
import org.oxpip.referrals.session.SessionRules;
import org.oxpip.referrals.session.SessionRules.FirstSession;
import org.oxpip.referrals.session.SessionRules.Refusal;
import org.oxpip.referrals.workflow.TransitionRequest;

/**
 * One family's episode as the sessions of an import meet it, and the sessions API's own rules ({@link
 * SessionRules}) applied to each new session as if staff recorded them one by one, oldest first: the
 * referral's status (on the waiting list, in therapy or closed), the date (not in the future, not before the
 * referral was received, not after it was closed), a closed-without-therapy episode taking no attended
 * session, and the first attended session starting therapy (a WAITING referral moves to IN_THERAPY on its
 * date, never before it joined the waiting list) or moving an existing first session earlier. Oldest first, so
 * that the history reads as it happened: therapy starts with the earliest attended session.
 *
 * <p>Plain state, no database: the plan builds it from the referral as stored or as its row in the same upload
 * will create it, and the commit from the stored referral it has locked.
 */
final class SessionEpisode {

    /** What one new session does, or why it cannot be recorded. */
    record Step(SessionRow row, FirstSession effect, List<FieldError> errors, Optional<Refusal> refusal) {

        boolean ok() {
            return errors.isEmpty() && refusal.isEmpty();
        }
    }

    ReferralStatus status;
    final LocalDate receivedOn;
    final LocalDate waitingOn;
    LocalDate firstSessionOn;
    final LocalDate closedOn;
    final boolean erased;

    SessionEpisode(
            ReferralStatus status,
            LocalDate receivedOn,
            LocalDate waitingOn,
            LocalDate firstSessionOn,
            LocalDate closedOn,
            boolean erased) {
        this.status = status;
        this.receivedOn = receivedOn;
        this.waitingOn = waitingOn;
        this.firstSessionOn = firstSessionOn;
        this.closedOn = closedOn;
        this.erased = erased;
    }

    static SessionEpisode of(Referral referral) {
        return new SessionEpisode(
                referral.status,
                referral.receivedOn,
                referral.waitingOn,
                referral.firstSessionOn,
                referral.closedOn,
                referral.erasedAt != null);
    }

    /** The episode its referrals row will create: received, then each workflow step on its date. */
    static SessionEpisode of(ReferralRow row, LocalDate today) {
        ReferralStatus status = ReferralStatus.RECEIVED;
        LocalDate waitingOn = null;
        LocalDate firstSessionOn = null;
        LocalDate closedOn = null;
        for (TransitionRequest step : row.steps) {
            status = step.to();
            switch (step.to()) {
                case WAITING -> waitingOn = step.effectiveDate();
                case IN_THERAPY -> firstSessionOn = step.effectiveDate();
                case CLOSED -> closedOn = step.effectiveDate();
                default -> {
                    // accepted, declined, redirected: no date a session's rules look at
                }
            }
        }
        LocalDate received = row.referral.receivedOn() == null ? today : row.referral.receivedOn();
        return new SessionEpisode(status, received, waitingOn, firstSessionOn, closedOn, false);
    }

    /** Each new session of the family, oldest first (rows of one day in file order), checked and applied. */
    List<Step> record(List<SessionRow> rows, LocalDate today) {
        List<Step> steps = new ArrayList<>();
        List<SessionRow> byDate = new ArrayList<>(rows);
        byDate.sort(Comparator.comparing(row -> row.request.date()));
        for (SessionRow row : byDate) {
            steps.add(step(row, today));
        }
        return steps;
    }

    private Step step(SessionRow row, LocalDate today) {
        var request = row.request;
        Optional<Refusal> refusal = SessionRules.refusal(status, firstSessionOn, request.attendance());
        List<FieldError> errors = new ArrayList<>(SessionRules.check(request, today, receivedOn, closedOn));
        FirstSession effect = SessionRules.firstSession(status, firstSessionOn, request.attendance(), request.date());
        if (errors.isEmpty()) {
            errors.addAll(SessionRules.checkStart(effect, request.date(), waitingOn));
        }
        Step step = new Step(row, effect, errors, refusal);
        if (step.ok()) {
            switch (effect) {
                case STARTS_THERAPY -> {
                    status = ReferralStatus.IN_THERAPY;
                    firstSessionOn = request.date();
                }
                case MOVES_EARLIER -> firstSessionOn = request.date();
                case UNCHANGED -> {
                    // nothing about the episode changes
                }
            }
        }
        return step;
    }
}
