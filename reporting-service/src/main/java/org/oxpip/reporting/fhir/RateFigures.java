package org.oxpip.reporting.fhir;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import org.oxpip.reporting.disclosure.Rate;
import org.oxpip.reporting.report.FigureDefinition;
import org.oxpip.reporting.report.SummaryReport;

/**
 * Which of the summary report's defined figures are rates (a numerator over a denominator), read from the report's
 * own type: a definition's figure path (outcomes.parentsMentalHealth.recovery) is followed through SummaryReport's
 * record components, and it is a rate where it ends at a {@link Rate}. These are the groups of the FHIR Measure and
 * MeasureReport; counts, breakdowns and medians have no numerator/denominator pair and are not written as groups.
 */
final class RateFigures {

    private RateFigures() {}

    static List<FigureDefinition> of(List<FigureDefinition> definitions) {
        return definitions.stream().filter(d -> isRate(d.figure())).toList();
    }

    static boolean isRate(String figure) {
        Class<?> type = SummaryReport.class;
        for (String segment : figure.split("\\.")) {
            Optional<Class<?>> next = component(type, segment);
            if (next.isEmpty()) {
                return false;
            }
            type = next.get();
        }
        return type == Rate.class;
    }

    private static Optional<Class<?>> component(Class<?> type, String name) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return Optional.of(component.getType());
            }
        }
        return Optional.empty();
    }
}
