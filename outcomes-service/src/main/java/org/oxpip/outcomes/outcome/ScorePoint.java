package org.oxpip.outcomes.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.outcomes.assessment.Timepoint;

/** One score in a family's series for one instrument and respondent. */
@Schema(name = "ScorePoint")
public record ScorePoint(
        @Schema(example = "9b2d3c4e-1f60-4a7b-8c9d-0e1f2a3b4c5d")
        UUID assessmentId,

        @Schema(example = "2024-12-10") LocalDate completedOn,
        @Schema(example = "BASELINE") Timepoint timepoint,
        @Schema(example = "16") int total,
        @Schema(example = "moderately severe") String band,

        @Schema(
                example = "2024-12-10T14:03:00Z",
                description = "When the score was first recorded (a correction does not move it)")
        Instant recordedAt) {

    /**
     * Episode order (docs/design.md, outcome definitions): by completion date; on the same date by time point
     * (a BASELINE before an END); then the score recorded first; then, should two have been recorded in the same
     * microsecond, the lower total, as reporting-service's SQL orders them, so that both pick scores with the
     * same date and total and so the same outcome. The id only makes the order total.
     */
    static final Comparator<ScorePoint> EPISODE_ORDER = Comparator.comparing(ScorePoint::completedOn)
            .thenComparing(ScorePoint::timepoint)
            .thenComparing(ScorePoint::recordedAt)
            .thenComparingInt(ScorePoint::total)
            .thenComparing(ScorePoint::assessmentId);
}
