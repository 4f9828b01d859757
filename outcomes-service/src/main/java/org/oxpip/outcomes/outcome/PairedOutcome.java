package org.oxpip.outcomes.outcome;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.outcomes.assessment.Respondent;
import org.oxpip.outcomes.assessment.Timepoint;
import org.oxpip.outcomes.instrument.Instrument;

/**
 * The outcome of one instrument for one respondent in one episode, exactly as docs/design.md defines
 * "paired scores": baseline is the first score, final the last score that is not FOLLOW_UP, and
 * the pair needs the two on different dates. Without a pair every outcome field is null: a single
 * score, or two on the same day, says nothing about change.
 *
 * <p>Recovery is only defined for those at caseness at baseline (it is a rate over them), so it is
 * null for everyone else, as is reliable recovery.
 */
@Schema(name = "PairedOutcome")
public record PairedOutcome(
        @Schema(example = "PHQ9") String instrument,
        @Schema(example = "PARENT_1") Respondent respondent,

        @Schema(description = "Every score, in episode order")
        List<ScorePoint> scores,

        @Schema(description = "Baseline and final are on different dates")
        boolean paired,

        @Schema(nullable = true, description = "The first score")
        ScorePoint baseline,

        @Schema(nullable = true, description = "The last score that is not FOLLOW_UP") @JsonProperty("final")
        ScorePoint finalScore,

        @Schema(nullable = true, example = "-8", description = "Final minus baseline")
        Integer change,

        @Schema(nullable = true, description = "Final better than baseline (lower, or higher for PIRGAS)")
        Boolean improved,

        @Schema(nullable = true, description = "Better by at least the reliable change threshold")
        Boolean reliableImprovement,

        @Schema(nullable = true, description = "Worse by at least the reliable change threshold")
        Boolean reliableDeterioration,

        @Schema(nullable = true) Boolean casenessAtBaseline,
        @Schema(nullable = true) Boolean casenessAtFinal,

        @Schema(
                nullable = true,
                description = "At caseness at baseline and not at final; null when not at caseness " + "at baseline")
        Boolean recovered,

        @Schema(nullable = true, description = "Recovered and reliably improved; null when not at caseness at baseline")
        Boolean reliableRecovery,

        @Schema(nullable = true, description = "PIRGAS: better by at least the configured meaningful change")
        Boolean meaningfulImprovement) {

    public static PairedOutcome of(Instrument instrument, Respondent respondent, List<ScorePoint> scores) {
        if (instrument.direction() == null) {
            throw new IllegalArgumentException(instrument.code() + " has no total to compare");
        }
        List<ScorePoint> ordered =
                scores.stream().sorted(ScorePoint.EPISODE_ORDER).toList();
        ScorePoint baseline = ordered.isEmpty() ? null : ordered.get(0);
        ScorePoint last = null;
        for (ScorePoint score : ordered) {
            if (score.timepoint() != Timepoint.FOLLOW_UP) {
                last = score;
            }
        }
        boolean paired = baseline != null && last != null && last.completedOn().isAfter(baseline.completedOn());
        if (!paired) {
            return new PairedOutcome(
                    instrument.code(),
                    respondent,
                    ordered,
                    false,
                    baseline,
                    last,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        int change = last.total() - baseline.total();
        int gain = instrument.direction() == Instrument.Direction.LOWER_IS_BETTER ? -change : change;
        Boolean reliableImprovement = atLeast(gain, instrument.reliableChange());
        Boolean reliableDeterioration = atLeast(-gain, instrument.reliableChange());
        Boolean casenessAtBaseline = caseness(instrument, baseline.total());
        Boolean casenessAtFinal = caseness(instrument, last.total());
        Boolean recovered = Boolean.TRUE.equals(casenessAtBaseline) ? !casenessAtFinal : null;
        Boolean reliableRecovery =
                recovered == null || reliableImprovement == null ? null : recovered && reliableImprovement;
        return new PairedOutcome(
                instrument.code(),
                respondent,
                ordered,
                true,
                baseline,
                last,
                change,
                gain > 0,
                reliableImprovement,
                reliableDeterioration,
                casenessAtBaseline,
                casenessAtFinal,
                recovered,
                reliableRecovery,
                atLeast(gain, instrument.meaningfulChange()));
    }

    /** At or past the cut-off on the unwell side: at or above it, or at or below it where higher is better. */
    static Boolean caseness(Instrument instrument, int total) {
        if (instrument.caseness() == null) {
            return null;
        }
        return instrument.direction() == Instrument.Direction.LOWER_IS_BETTER
                ? total >= instrument.caseness()
                : total <= instrument.caseness();
    }

    private static Boolean atLeast(int gain, Integer threshold) {
        return threshold == null ? null : gain >= threshold;
    }
}
