package org.oxpip.outcomes.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A replaced version of an assessment, and the change that replaced it. */
@Schema(name = "AssessmentVersion")
public record VersionView(
        @Schema(example = "0") int version,
        @Schema(example = "BASELINE") Timepoint timepoint,
        @Schema(example = "PARENT_1") Respondent respondent,
        @Schema(example = "2024-12-10") LocalDate completedOn,

        @Schema(
                nullable = true,
                example = "[0, 1, 2, 0, 1, 0, 2, 1, 0]",
                description = "Null for a totals-only measure imported from records that kept only the total")
        List<Integer> answers,

        @Schema(nullable = true, description = "SATISFACTION only; null once the referral is erased")
        String comments,

        @Schema(
                nullable = true,
                description = "SATISFACTION only: the parent's consent for the comments in this version")
        String commentsConsent,

        @Schema(nullable = true, description = "When that consent was given, if recorded")
        LocalDate commentsConsentDate,

        @Schema(nullable = true, example = "7") Integer total,
        @Schema(example = "mild") String band,

        @Schema(nullable = true, description = "Null (unknown) for a totals-only measure")
        Boolean riskFlag,

        @Schema(description = "What replaced this version: CORRECTED or DELETED")
        AssessmentVersion.Change change,

        @Schema(
                nullable = true,
                description = "Why it was replaced; null once the referral is erased",
                example = "Item 4 was transcribed wrongly from the paper form")
        String reason,

        @Schema(example = "clinician") String replacedBy,
        @Schema(example = "2024-12-11T09:30:00Z") Instant replacedAt) {

    static VersionView of(AssessmentVersion v) {
        return new VersionView(
                v.version,
                v.timepoint,
                v.respondent,
                v.completedOn,
                v.answers == null ? null : Arrays.stream(v.answers).boxed().toList(),
                v.comments,
                v.commentsConsent == null ? null : v.commentsConsent.name(),
                v.commentsConsentOn,
                v.total,
                v.band,
                v.riskFlag,
                v.change,
                v.reason,
                v.replacedBy,
                v.replacedAt);
    }
}
