package org.oxpip.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One item of outcomes-service's change feed: an assessment's pseudonymised facts after one change
 * (docs/feeds.md). It has no room for answers, comments or reasons: free text cannot reach the feed by
 * mistake. Fields a later version of the contract adds are ignored by a reader rather than refused.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "AssessmentFacts", description = "An assessment's pseudonymised facts after one change")
public record AssessmentFacts(
        @Schema(example = "41", description = "This change's place in the feed")
        String position,

        @Schema(example = "9b2d3c4e-1f60-4a7b-8c9d-0e1f2a3b4c5d")
        UUID assessmentId,

        @Schema(example = "3f6c1a52-8d0e-4b7a-9a51-2f1f0b6f8c11")
        UUID referralId,

        @Schema(
                enumeration = {"PHQ9", "GAD7", "EPDS", "PIRGAS", "SATISFACTION"},
                example = "PHQ9")
        String instrument,

        @Schema(
                enumeration = {"BASELINE", "REVIEW", "END", "FOLLOW_UP"},
                example = "BASELINE")
        String timepoint,

        @Schema(
                enumeration = {"PARENT_1", "PARENT_2"},
                example = "PARENT_1")
        String respondent,

        @Schema(example = "2024-12-10") LocalDate completedOn,

        @Schema(nullable = true, example = "10", description = "Null for SATISFACTION")
        Integer total,

        @Schema(example = "moderate", description = "SATISFACTION: positive, neutral, negative or don't know")
        String band,

        @Schema(description = "Deleted as entered in error: drop it from every figure")
        boolean deleted,

        @Schema(example = "2024-12-10T14:03:00Z") Instant changedAt,

        @Schema(
                example = "2024-12-10T14:03:00Z",
                description = "When the assessment was first recorded: the same on every snapshot of it (a"
                        + " correction does not move it). Same-day scores at one time point are ordered by it.")
        Instant recordedAt)
        implements FeedItem {

    @Override
    public Optional<String> breach() {
        return FeedItemChecks.first(
                FeedItemChecks.required("assessmentId", assessmentId),
                FeedItemChecks.required("referralId", referralId),
                FeedItemChecks.required("instrument", instrument),
                FeedItemChecks.required("timepoint", timepoint),
                FeedItemChecks.required("respondent", respondent),
                FeedItemChecks.required("completedOn", completedOn),
                FeedItemChecks.required("changedAt", changedAt),
                FeedItemChecks.label("band", band));
    }
}
