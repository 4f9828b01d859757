package org.oxpip.outcomes.assessment;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A correction of a recorded measure. The family and the instrument stay: a measure recorded for
 * the wrong family or on the wrong form is deleted as entered in error and recorded again.
 */
@Schema(name = "AssessmentCorrection", description = "The corrected measure, replacing the current version")
public record AssessmentCorrection(
        @Schema(
                required = true,
                enumeration = {"BASELINE", "REVIEW", "END", "FOLLOW_UP"},
                example = "BASELINE")
        String timepoint,

        @Schema(
                required = true,
                enumeration = {"PARENT_1", "PARENT_2"},
                example = "PARENT_1")
        String respondent,

        @Schema(required = true, example = "2024-12-10") LocalDate completedOn,

        @Schema(
                required = true,
                type = SchemaType.ARRAY,
                implementation = Integer.class,
                description = "One whole-number score per item, as for recording",
                example = "[0, 1, 2, 3, 1, 0, 2, 1, 0]")
        List<Number> answers,

        @Schema(maxLength = AssessmentRules.MAX_COMMENTS, description = "SATISFACTION only")
        String comments,

        @Schema(
                enumeration = {"NOT_SHARED", "SERVICE_ONLY", "QUOTE_ANONYMOUSLY"},
                description = "SATISFACTION only: what the parent agreed may be done with the comments. NOT_SHARED"
                        + " (the default when absent: a correction replaces the consent too, and a consent corrected away from QUOTE_ANONYMOUSLY withdraws any approved quote at once): they stay on this questionnaire; SERVICE_ONLY: staff of the"
                        + " service may read them; QUOTE_ANONYMOUSLY: a manager may approve them, de-identified, as a"
                        + " quote in reports to funders. Only the last lets any of the words leave outcomes-service.",
                example = "QUOTE_ANONYMOUSLY")
        String commentsConsent,

        @Schema(
                description = "When the parent gave that consent: required with QUOTE_ANONYMOUSLY, taken only with"
                        + " commentsConsent, not in the future",
                example = "2024-12-10")
        LocalDate commentsConsentDate,

        @Schema(
                required = true,
                maxLength = AssessmentRules.MAX_REASON,
                description = "Why it is corrected",
                example = "Item 4 was transcribed wrongly from the paper form")
        String reason) {}
