package org.oxpip.reporting.impact;

import java.util.List;
import org.oxpip.reporting.report.FigureDefinition;
import org.oxpip.reporting.rules.InstrumentRule;

/**
 * "How we measured": the thresholds the figures were computed with (the rules synced from outcomes-service's
 * catalogue, the same table the outcomes SQL reads) and the definition of every figure the report shows.
 *
 * @param rules each instrument's direction, caseness cut-off and reliable change
 * @param pirgasMeaningfulChange the PIRGAS gain counted as meaningful
 * @param definitions the summary report's own definitions block, figure by figure: the document prints the
 *     definitions the figures were counted with, never a second copy written for it
 */
record Measurement(List<InstrumentRule> rules, int pirgasMeaningfulChange, List<FigureDefinition> definitions) {

    /**
     * A figure's path in the summary report read as words, for a reader who never sees the JSON:
     * {@code outcomes.parentsMentalHealth.recovery} becomes "Outcomes › parents mental health › recovery".
     */
    static String label(String figure) {
        StringBuilder label = new StringBuilder();
        for (String part : figure.split("\\.")) {
            if (!label.isEmpty()) {
                label.append(" › ");
            }
            label.append(part.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT));
        }
        label.setCharAt(0, Character.toUpperCase(label.charAt(0)));
        return label.toString();
    }
}
