package org.oxpip.outcomes.outcome;

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
        @Schema(example = "moderately severe") String band) {

    /** Date order; on the same day, episode order (a BASELINE before an END). Ties keep the order recorded. */
    static final Comparator<ScorePoint> EPISODE_ORDER =
            Comparator.comparing(ScorePoint::completedOn).thenComparing(ScorePoint::timepoint);
}
