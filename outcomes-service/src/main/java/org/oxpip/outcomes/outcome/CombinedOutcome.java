package org.oxpip.outcomes.outcome;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.outcomes.assessment.Respondent;

/**
 * A parent's "improved mental health as measured by the PHQ-9 and/or GAD-7", combining the two
 * paired outcomes the way NHS Talking Therapies and CORC combine measures (docs/design.md): improved if
 * at least one improved and neither reliably deteriorated; reliably improved if at least one
 * reliably improved and neither reliably deteriorated; reliably deteriorated if either did; at
 * caseness if at caseness on either; recovered if at caseness at baseline and on neither at final.
 * Only measures with paired scores take part; with none, every result is null.
 */
@Schema(name = "CombinedOutcome", description = "PHQ-9 and/or GAD-7 for one parent")
public record CombinedOutcome(
        @Schema(example = "PARENT_1") Respondent respondent,

        @Schema(description = "The measures with paired scores that were combined", example = "[\"PHQ9\", \"GAD7\"]")
        List<String> measures,

        boolean paired,
        @Schema(nullable = true) Boolean improved,
        @Schema(nullable = true) Boolean reliableImprovement,
        @Schema(nullable = true) Boolean reliableDeterioration,
        @Schema(nullable = true) Boolean casenessAtBaseline,
        @Schema(nullable = true) Boolean casenessAtFinal,

        @Schema(nullable = true, description = "Null when at caseness on neither measure at baseline")
        Boolean recovered,

        @Schema(nullable = true, description = "Recovered and reliably improved")
        Boolean reliableRecovery) {

    public static CombinedOutcome of(Respondent respondent, List<PairedOutcome> outcomes) {
        List<PairedOutcome> paired =
                outcomes.stream().filter(PairedOutcome::paired).toList();
        List<String> measures = paired.stream().map(PairedOutcome::instrument).toList();
        if (paired.isEmpty()) {
            return new CombinedOutcome(respondent, measures, false, null, null, null, null, null, null, null);
        }
        boolean deteriorated = any(paired, PairedOutcome::reliableDeterioration);
        boolean improved = any(paired, PairedOutcome::improved) && !deteriorated;
        boolean reliablyImproved = any(paired, PairedOutcome::reliableImprovement) && !deteriorated;
        boolean casenessAtBaseline = any(paired, PairedOutcome::casenessAtBaseline);
        boolean casenessAtFinal = any(paired, PairedOutcome::casenessAtFinal);
        Boolean recovered = casenessAtBaseline ? !casenessAtFinal : null;
        Boolean reliableRecovery = recovered == null ? null : recovered && reliablyImproved;
        return new CombinedOutcome(
                respondent,
                measures,
                true,
                improved,
                reliablyImproved,
                deteriorated,
                casenessAtBaseline,
                casenessAtFinal,
                recovered,
                reliableRecovery);
    }

    private static boolean any(List<PairedOutcome> outcomes, Function<PairedOutcome, Boolean> flag) {
        return outcomes.stream().map(flag).anyMatch(Boolean.TRUE::equals);
    }
}
