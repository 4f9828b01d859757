package org.oxpip.outcomes.feedback;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.outcomes.assessment.Assessment;

/**
 * A satisfaction questionnaire's comments as the manager curates them: when, under which funding stream, how the
 * parent rated the service, and the words with their consent. Never who: no referral, assessment or respondent.
 */
@Schema(name = "Feedback")
public record FeedbackView(
        @Schema(description = "The feedback id (not the assessment's or the referral's)")
        UUID id,

        @Schema(example = "2024-12-10") LocalDate completedOn,

        @Schema(
                nullable = true,
                description = "The referral's funding stream when the questionnaire was recorded; null if none",
                example = "DIDCOT_POWERHOUSE")
        String fundingStream,

        @Schema(
                description = "The Friends and Family Test answer's band: positive, neutral, negative or don't know",
                example = "positive")
        String experience,

        @Schema(
                description = "The questionnaire's answers in item order (see GET /api/v1/instruments/SATISFACTION)",
                example = "[1, 5, 4, 5]")
        List<Integer> answers,

        @Schema(example = "The sessions with Jo helped Sam and me enjoy baby Ava again.")
        String comments,

        @Schema(
                enumeration = {"SERVICE_ONLY", "QUOTE_ANONYMOUSLY"},
                example = "QUOTE_ANONYMOUSLY")
        String commentsConsent,

        @Schema(nullable = true, example = "2024-12-10") LocalDate commentsConsentDate,

        @Schema(nullable = true, description = "The quote approved from it, if any (also once withdrawn)")
        QuoteView quote) {

    static FeedbackView of(Assessment a, Quote quote) {
        return new FeedbackView(
                a.feedbackId,
                a.completedOn,
                a.fundingStream,
                a.band,
                Arrays.stream(a.answers).boxed().toList(),
                a.comments,
                a.commentsConsent.name(),
                a.commentsConsentOn,
                quote == null ? null : QuoteView.of(quote, a.comments));
    }
}
