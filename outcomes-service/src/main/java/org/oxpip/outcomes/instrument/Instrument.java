package org.oxpip.outcomes.instrument;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A standard measure as data: its items, allowed values, total, bands, direction of improvement,
 * caseness cut-off and reliable change threshold. The catalogue is in
 * {@code instruments/catalogue.json}; each entry cites its source.
 */
@Schema(name = "Instrument")
public record Instrument(
        @Schema(example = "PHQ9") String code,
        String name,
        String measures,
        String source,

        @Schema(example = "44261-6", description = "LOINC code of the total, where one exists")
        String loinc,

        @Schema(
                description =
                        "PARENT: self-report by the parent; CLINICIAN: rated by the clinician for the parent's dyad")
        String respondent,

        List<Item> items,
        List<String> answerLabels,
        Integer totalMin,
        Integer totalMax,

        @Schema(description = "LOWER_IS_BETTER or HIGHER_IS_BETTER; absent where no total is compared")
        Direction direction,

        List<Band> bands,

        @Schema(
                description =
                        "Band of this item's answer instead of the total (satisfaction: the Friends and Family Test)")
        Integer bandFromItem,

        @Schema(
                description =
                        "Clinical caseness: at or above (lower is better) or at or below (higher is better) this score")
        Integer caseness,

        @Schema(description = "Smallest change of the total that counts as reliable")
        Integer reliableChange,

        @Schema(description = "Smallest improvement reported as meaningful (PIRGAS)")
        Integer meaningfulChange,

        @Schema(description = "Item numbers whose positive answer raises a risk alert")
        List<Integer> riskItems,

        boolean commentsAllowed) {

    public enum Direction {
        LOWER_IS_BETTER,
        HIGHER_IS_BETTER
    }

    @Schema(name = "InstrumentItem")
    public record Item(
            int number,
            String text,
            int min,
            int max,

            @Schema(
                    description =
                            "The answers as printed on the form, in the form's order, each with the score it"
                                    + " counts for. Present where the scores do not simply follow the order (EPDS reverse-scores items"
                                    + " 3 and 5-10): a form shows these labels and sends the score, never the answer's position.")
            List<AnswerOption> options) {}

    /** One printed answer of an item and the score the form's key gives it. */
    @Schema(name = "AnswerOption")
    public record AnswerOption(
            @Schema(example = "Yes, quite often") String label,
            @Schema(example = "3") int score) {}

    @Schema(name = "Band")
    public record Band(int min, int max, String label) {}

    Instrument withThresholds(Integer reliable, Integer meaningful) {
        return new Instrument(
                code,
                name,
                measures,
                source,
                loinc,
                respondent,
                items,
                answerLabels,
                totalMin,
                totalMax,
                direction,
                bands,
                bandFromItem,
                caseness,
                reliable,
                meaningful,
                riskItems,
                commentsAllowed);
    }
}
