package org.oxpip.outcomes.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A measure as the clinician records it (docs/design.md, the public contract). Codes are plain strings
 * so that every bad field is reported at once, not just the first one the JSON reader meets.
 */
@Schema(name = "AssessmentRequest", description = "A completed measure for one respondent in one family's episode")
public record AssessmentRequest(
        @Schema(
                required = true,
                description = "The referral's id in referrals-service",
                example = "3f6c1a52-8d0e-4b7a-9a51-2f1f0b6f8c11")
        UUID referralId,

        @Schema(
                required = true,
                enumeration = {"PHQ9", "GAD7", "EPDS", "PIRGAS", "SATISFACTION"},
                example = "PHQ9")
        String instrument,

        @Schema(
                required = true,
                enumeration = {"BASELINE", "REVIEW", "END", "FOLLOW_UP"},
                example = "BASELINE")
        String timepoint,

        @Schema(
                required = true,
                enumeration = {"PARENT_1", "PARENT_2"},
                example = "PARENT_1",
                description = "The parent who answered; for PIRGAS, the parent whose dyad the clinician rated")
        String respondent,

        @Schema(
                required = true,
                description =
                        "When the measure was completed: not in the future, not before the " + "referral was received",
                example = "2024-12-10")
        LocalDate completedOn,

        @Schema(
                required = true,
                type = SchemaType.ARRAY,
                implementation = Integer.class,
                description = "One whole-number score per item, in item order, within each item's range "
                        + "(see GET /api/v1/instruments/{code}). EPDS: the scores as the form gives them (items 3 "
                        + "and 5-10 already reverse-scored). PIRGAS: one rating 1-100.",
                example = "[0, 1, 2, 3, 1, 0, 2, 1, 0]")
        List<Number> answers,

        @Schema(
                maxLength = AssessmentRules.MAX_COMMENTS,
                description = "Free-text comments: SATISFACTION only. "
                        + "Kept with the assessment, never logged, never in the change feed.",
                example = "The sessions helped us a lot.")
        String comments,

        @Schema(
                enumeration = {"NOT_SHARED", "SERVICE_ONLY", "QUOTE_ANONYMOUSLY"},
                description = "SATISFACTION only: what the parent agreed may be done with the comments. NOT_SHARED"
                        + " (the default when absent): they stay on this questionnaire; SERVICE_ONLY: staff of the"
                        + " service may read them; QUOTE_ANONYMOUSLY: a manager may approve them, de-identified, as a"
                        + " quote in reports to funders. Only the last lets any of the words leave outcomes-service.",
                example = "QUOTE_ANONYMOUSLY")
        String commentsConsent,

        @Schema(
                description = "When the parent gave that consent: required with QUOTE_ANONYMOUSLY, taken only with"
                        + " commentsConsent, not in the future",
                example = "2024-12-10")
        LocalDate commentsConsentDate) {}
