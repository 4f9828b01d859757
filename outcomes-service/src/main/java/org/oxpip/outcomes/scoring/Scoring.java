package org.oxpip.outcomes.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.oxpip.outcomes.instrument.Instrument;
import org.oxpip.platform.problem.Problem.FieldError;

/**
 * Scores every instrument from its catalogue entry: one rule set, no switch per instrument.
 * The total is the plain sum of the item scores (EPDS included: the form reverse-scores items 3
 * and 5-10, and the API takes the scores as the form gives them, so nothing is reversed here).
 * The band comes from the total, or from one item where the instrument has no total
 * (satisfaction: the Friends and Family Test answer). Any answer above 0 to a risk item sets the
 * risk flag, as the PHQ-9 and EPDS guidance ask for any positive self-harm answer to be followed up.
 */
public final class Scoring {

    private Scoring() {}

    /** Every way the answers fail the instrument; empty when they fit. Fields are JSON paths, e.g. {@code answers[3]}. */
    public static List<FieldError> check(Instrument instrument, List<? extends Number> answers) {
        if (answers == null) {
            return List.of(new FieldError("answers", "is required"));
        }
        int expected = instrument.items().size();
        if (answers.size() != expected) {
            return List.of(new FieldError(
                    "answers",
                    "must have " + expected + " answers for " + instrument.code() + ", one per item in order"));
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < expected; i++) {
            Instrument.Item item = instrument.items().get(i);
            String problem = problemWith(answers.get(i), item);
            if (problem != null) {
                errors.add(new FieldError("answers[" + i + "]", "item " + item.number() + " " + problem));
            }
        }
        return errors;
    }

    /**
     * Every way a total fails the instrument, for a measure whose records kept only its total (an import of
     * old records); empty when it fits. The same range the item scores add up to, as a whole number.
     */
    public static List<FieldError> checkTotal(Instrument instrument, Number total) {
        if (instrument.totalMin() == null || instrument.bandFromItem() != null) {
            return List.of(new FieldError(
                    "total", "cannot be given for " + instrument.code() + ", which has no total: give its answers"));
        }
        if (total == null) {
            return List.of(new FieldError("total", "is required"));
        }
        String problem = problemWith(
                total, new Instrument.Item(0, null, instrument.totalMin(), instrument.totalMax(), List.of()));
        return problem == null ? List.of() : List.of(new FieldError("total", problem.trim()));
    }

    /** The score of answers that {@link #check} found fitting. */
    public static Score score(Instrument instrument, List<? extends Number> answers) {
        if (!check(instrument, answers).isEmpty()) {
            throw new IllegalArgumentException("The answers do not fit " + instrument.code() + "; check them first");
        }
        List<Integer> values = answers.stream()
                .map(a -> new BigDecimal(a.toString()).intValueExact())
                .toList();
        Integer total = instrument.totalMin() == null
                ? null
                : values.stream().mapToInt(Integer::intValue).sum();
        int banded = instrument.bandFromItem() == null ? total : values.get(instrument.bandFromItem() - 1);
        List<Integer> risk = instrument.riskItems().stream()
                .filter(n -> values.get(n - 1) > 0)
                .toList();
        return new Score(values, total, bandOf(instrument, banded), risk);
    }

    /** The band a value falls in; the catalogue's bands cover every possible value (see its tests). */
    public static String bandOf(Instrument instrument, int value) {
        return instrument.bands().stream()
                .filter(b -> b.min() <= value && value <= b.max())
                .map(Instrument.Band::label)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(instrument.code() + " has no band for " + value));
    }

    private static String problemWith(Number answer, Instrument.Item item) {
        if (answer == null) {
            return "is required";
        }
        // toString keeps every Number type exact (a double 2.0 is "2.0", a long is its digits); a number
        // too large for a double (1e400) arrives as Infinity, which is out of every item's range.
        BigDecimal value;
        try {
            value = new BigDecimal(answer.toString());
        } catch (NumberFormatException notFinite) {
            return "must be from " + item.min() + " to " + item.max();
        }
        if (value.stripTrailingZeros().scale() > 0) {
            return "must be a whole number";
        }
        if (value.compareTo(BigDecimal.valueOf(item.min())) < 0
                || value.compareTo(BigDecimal.valueOf(item.max())) > 0) {
            return "must be from " + item.min() + " to " + item.max();
        }
        return null;
    }
}
