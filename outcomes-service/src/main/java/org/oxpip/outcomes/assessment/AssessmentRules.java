package org.oxpip.outcomes.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oxpip.outcomes.feedback.CommentsConsent;
import org.oxpip.outcomes.instrument.Instrument;
import org.oxpip.outcomes.scoring.Scoring;
import org.oxpip.platform.problem.Problem.FieldError;

/**
 * What makes a recorded measure acceptable before anyone is asked about the referral: every bad
 * field is reported at once. Messages never quote the value that was sent (it may be personal).
 */
public final class AssessmentRules {

    static final int MAX_COMMENTS = 2000;
    static final int MAX_REASON = 500;

    private AssessmentRules() {}

    static List<FieldError> check(
            AssessmentRequest request, Optional<Instrument> instrument, List<String> instruments, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (request.referralId() == null) {
            errors.add(new FieldError("referralId", "is required"));
        }
        if (request.instrument() == null) {
            errors.add(new FieldError("instrument", "is required"));
        } else if (instrument.isEmpty()) {
            errors.add(new FieldError("instrument", "must be one of " + String.join(", ", instruments)));
        }
        checkWhenAndWho(request.timepoint(), request.respondent(), request.completedOn(), today, errors);
        instrument.ifPresent(i -> {
            checkAnswers(i, request.answers(), request.comments(), errors);
            checkConsent(i, request.commentsConsent(), request.commentsConsentDate(), today, errors);
        });
        return errors;
    }

    /**
     * The same rules for a measure an import brings in (issue 18): the referral is not known yet (it is found
     * by the family's externalRef), there are no comments, and the measure has either its item answers or,
     * from records that kept only that, its total ({@link Scoring#checkTotal}).
     */
    public static List<FieldError> checkImported(
            String code,
            Optional<Instrument> instrument,
            List<String> instruments,
            String timepoint,
            String respondent,
            LocalDate completedOn,
            List<Number> answers,
            Number total,
            LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null) {
            errors.add(new FieldError("instrument", "is required"));
        } else if (instrument.isEmpty()) {
            errors.add(new FieldError("instrument", "must be one of " + String.join(", ", instruments)));
        }
        checkWhenAndWho(timepoint, respondent, completedOn, today, errors);
        if (answers != null && total != null) {
            errors.add(new FieldError("total", "must be left empty when answers are given: one or the other"));
        } else if (answers == null && total == null) {
            errors.add(new FieldError("answers", "are required (or the total, where the records kept only that)"));
        } else if (instrument.isPresent()) {
            errors.addAll(
                    answers != null
                            ? Scoring.check(instrument.get(), answers)
                            : Scoring.checkTotal(instrument.get(), total));
        }
        return errors;
    }

    static List<FieldError> check(AssessmentCorrection correction, Instrument instrument, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        checkWhenAndWho(correction.timepoint(), correction.respondent(), correction.completedOn(), today, errors);
        checkAnswers(instrument, correction.answers(), correction.comments(), errors);
        checkConsent(instrument, correction.commentsConsent(), correction.commentsConsentDate(), today, errors);
        checkReason(correction.reason(), errors);
        return errors;
    }

    static List<FieldError> check(Deletion deletion) {
        List<FieldError> errors = new ArrayList<>();
        checkReason(deletion == null ? null : deletion.reason(), errors);
        return errors;
    }

    /** Checked once referrals-service has said when the referral was received. */
    public static List<FieldError> notBeforeReferral(LocalDate completedOn, LocalDate receivedOn) {
        if (receivedOn != null && completedOn.isBefore(receivedOn)) {
            return List.of(new FieldError("completedOn", "must not be before the referral was received"));
        }
        return List.of();
    }

    private static void checkWhenAndWho(
            String timepoint, String respondent, LocalDate completedOn, LocalDate today, List<FieldError> errors) {
        if (timepoint == null) {
            errors.add(new FieldError("timepoint", "is required"));
        } else if (Timepoint.parse(timepoint).isEmpty()) {
            errors.add(new FieldError("timepoint", "must be one of BASELINE, REVIEW, END, FOLLOW_UP"));
        }
        if (respondent == null) {
            errors.add(new FieldError("respondent", "is required"));
        } else if (Respondent.parse(respondent).isEmpty()) {
            errors.add(new FieldError("respondent", "must be one of PARENT_1, PARENT_2"));
        }
        if (completedOn == null) {
            errors.add(new FieldError("completedOn", "is required"));
        } else if (completedOn.isAfter(today)) {
            errors.add(new FieldError("completedOn", "must not be in the future"));
        }
    }

    private static void checkAnswers(
            Instrument instrument, List<Number> answers, String comments, List<FieldError> errors) {
        errors.addAll(Scoring.check(instrument, answers));
        if (comments != null && !instrument.commentsAllowed()) {
            errors.add(new FieldError("comments", "are not taken by " + instrument.code()));
        } else if (comments != null && comments.length() > MAX_COMMENTS) {
            errors.add(new FieldError("comments", "must be at most " + MAX_COMMENTS + " characters"));
        }
    }

    /** The parent's consent for the comments: SATISFACTION only; quoting needs the date it was given. */
    private static void checkConsent(
            Instrument instrument, String consent, LocalDate consentDate, LocalDate today, List<FieldError> errors) {
        if (!instrument.commentsAllowed()) {
            if (consent != null) {
                errors.add(new FieldError("commentsConsent", "is not taken by " + instrument.code()));
            }
            if (consentDate != null) {
                errors.add(new FieldError("commentsConsentDate", "is not taken by " + instrument.code()));
            }
            return;
        }
        Optional<CommentsConsent> parsed = Optional.empty();
        if (consent != null) {
            parsed = CommentsConsent.parse(consent);
            if (parsed.isEmpty()) {
                errors.add(new FieldError("commentsConsent", "must be one of " + CommentsConsent.CODES));
            }
        }
        if (consentDate == null) {
            if (parsed.filter(c -> c == CommentsConsent.QUOTE_ANONYMOUSLY).isPresent()) {
                errors.add(
                        new FieldError("commentsConsentDate", "is required when commentsConsent is QUOTE_ANONYMOUSLY"));
            }
        } else if (consent == null) {
            errors.add(new FieldError("commentsConsentDate", "is taken only with commentsConsent"));
        } else if (consentDate.isAfter(today)) {
            errors.add(new FieldError("commentsConsentDate", "must not be in the future"));
        }
    }

    private static void checkReason(String reason, List<FieldError> errors) {
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "is required"));
        } else if (reason.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "must be at most " + MAX_REASON + " characters"));
        }
    }
}
