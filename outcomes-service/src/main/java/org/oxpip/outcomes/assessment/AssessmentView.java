package org.oxpip.outcomes.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessment as the API shows it to staff. */
@Schema(name = "Assessment")
public record AssessmentView(
        @Schema(example = "9b2d3c4e-1f60-4a7b-8c9d-0e1f2a3b4c5d")
        UUID id,

        @Schema(example = "3f6c1a52-8d0e-4b7a-9a51-2f1f0b6f8c11")
        UUID referralId,

        @Schema(example = "PHQ9") String instrument,
        @Schema(example = "BASELINE") Timepoint timepoint,
        @Schema(example = "PARENT_1") Respondent respondent,
        @Schema(example = "2024-12-10") LocalDate completedOn,

        @Schema(
                nullable = true,
                example = "[0, 1, 2, 3, 1, 0, 2, 1, 0]",
                description = "Null for a totals-only measure imported from records that kept only the total")
        List<Integer> answers,

        @Schema(nullable = true, description = "SATISFACTION only; null once the referral is erased")
        String comments,

        @Schema(
                nullable = true,
                enumeration = {"NOT_SHARED", "SERVICE_ONLY", "QUOTE_ANONYMOUSLY"},
                description = "SATISFACTION only: the parent's consent for the comments (NOT_SHARED when none was"
                        + " given); null for other instruments")
        String commentsConsent,

        @Schema(nullable = true, description = "When that consent was given, if recorded")
        LocalDate commentsConsentDate,

        @Schema(
                nullable = true,
                description = "SATISFACTION only: the id the manager's feedback list and quotes know it by")
        UUID feedbackId,

        @Schema(nullable = true, example = "10", description = "Null for SATISFACTION, which has no total")
        Integer total,

        @Schema(example = "moderate") String band,

        @Schema(
                nullable = true,
                description = "A risk item (PHQ-9 item 9, EPDS item 10) was answered above 0; null (unknown) for a "
                        + "totals-only measure, whose item answers were never kept")
        Boolean riskFlag,

        @Schema(description = "A risk alert has been raised for this assessment")
        boolean alertRaised,

        @Schema(description = "Deleted as entered in error: left out of every outcome and figure")
        boolean deleted,

        @Schema(nullable = true, description = "Null unless deleted, and once the referral is erased")
        String deletedReason,

        @Schema(example = "clinician") String recordedBy,
        @Schema(example = "2024-12-10T14:03:00Z") Instant createdAt,
        @Schema(example = "2024-12-10T14:03:00Z") Instant updatedAt,

        @Schema(example = "0", description = "Also the ETag; send it back in If-Match to correct or delete")
        int version) {

    public static AssessmentView of(Assessment a, boolean alertRaised) {
        return new AssessmentView(
                a.id,
                a.referralId,
                a.instrument,
                a.timepoint,
                a.respondent,
                a.completedOn,
                a.answers == null ? null : Arrays.stream(a.answers).boxed().toList(),
                a.comments,
                a.commentsConsent == null ? null : a.commentsConsent.name(),
                a.commentsConsentOn,
                a.feedbackId,
                a.total,
                a.band,
                a.riskFlag,
                alertRaised,
                a.deleted,
                a.deletedReason,
                a.recordedBy,
                a.createdAt,
                a.updatedAt,
                a.version);
    }
}
