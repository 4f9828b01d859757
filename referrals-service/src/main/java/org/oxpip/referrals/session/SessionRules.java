package org.oxpip.referrals.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oxpip.platform.problem.Problem.FieldError;
import org.oxpip.referrals.referral.ReferralStatus;

/**
 * The rules of recording a session, as plain functions (no database): the real-date rules of the
 * workflow, and how the first attended session starts the episode's therapy.
 *
 * <p>The decisions (README, "Sessions"): sessions belong to a referral on the waiting list, in therapy or
 * closed. An attended session recorded while the referral is WAITING moves it to IN_THERAPY on the
 * session's date. The referral's {@code firstSessionOn} is never later than an attended session: one
 * recorded before it moves it earlier (never before the referral joined the waiting list). Deleting or
 * correcting a session never moves it later: therapy did start, and the workflow has no way back.
 */
public final class SessionRules {

    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 480;
    public static final int MAX_NOTE = 4000;
    public static final int MAX_REASON = 1000;

    private static final Set<ReferralStatus> IN_CARE =
            EnumSet.of(ReferralStatus.WAITING, ReferralStatus.IN_THERAPY, ReferralStatus.CLOSED);

    /** Why a session cannot be recorded for a referral at all (422). */
    public enum Refusal {
        /** Not yet accepted onto the waiting list, or declined or redirected: there is no episode of care. */
        REFERRAL_NOT_IN_CARE,
        /** Closed without ever starting therapy (did not engage): an attended session would contradict it. */
        CLOSED_WITHOUT_THERAPY
    }

    /** What an attended session does to the referral's first session. */
    public enum FirstSession {
        UNCHANGED,
        /** The referral was WAITING: it moves to IN_THERAPY on the session's date. */
        STARTS_THERAPY,
        /** The session is earlier than the recorded first session, which moves to its date. */
        MOVES_EARLIER
    }

    private SessionRules() {}

    public static Optional<Refusal> refusal(ReferralStatus status, LocalDate firstSessionOn, Attendance attendance) {
        if (!IN_CARE.contains(status)) {
            return Optional.of(Refusal.REFERRAL_NOT_IN_CARE);
        }
        if (status == ReferralStatus.CLOSED && firstSessionOn == null && attendance == Attendance.ATTENDED) {
            return Optional.of(Refusal.CLOSED_WITHOUT_THERAPY);
        }
        return Optional.empty();
    }

    /** The date's rules, and attendees listed at most once each. Messages never repeat what was sent. */
    public static List<FieldError> check(
            SessionRequest request, LocalDate today, LocalDate receivedOn, LocalDate closedOn) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = request.date();
        if (date.isAfter(today)) {
            errors.add(new FieldError("date", "must not be in the future"));
        } else if (date.isBefore(receivedOn)) {
            errors.add(new FieldError("date", "must not be before the referral was received"));
        } else if (closedOn != null && date.isAfter(closedOn)) {
            errors.add(new FieldError("date", "must not be after the referral was closed"));
        }
        if (new HashSet<>(request.attendees()).size() != request.attendees().size()) {
            errors.add(new FieldError("attendees", "must list each of PARENT_1, PARENT_2 and BABY at most once"));
        }
        return errors;
    }

    public static FirstSession firstSession(
            ReferralStatus status, LocalDate firstSessionOn, Attendance attendance, LocalDate date) {
        if (attendance != Attendance.ATTENDED) {
            return FirstSession.UNCHANGED;
        }
        if (status == ReferralStatus.WAITING) {
            return FirstSession.STARTS_THERAPY;
        }
        if (firstSessionOn != null && date.isBefore(firstSessionOn)) {
            return FirstSession.MOVES_EARLIER;
        }
        return FirstSession.UNCHANGED;
    }

    /** Therapy cannot start before the referral joined the waiting list (the workflow's order of events). */
    public static List<FieldError> checkStart(FirstSession effect, LocalDate date, LocalDate waitingOn) {
        if (effect != FirstSession.UNCHANGED && waitingOn != null && date.isBefore(waitingOn)) {
            return List.of(new FieldError(
                    "date",
                    "an attended session starts the family's therapy, which must not be before the referral "
                            + "joined the waiting list"));
        }
        return List.of();
    }
}
