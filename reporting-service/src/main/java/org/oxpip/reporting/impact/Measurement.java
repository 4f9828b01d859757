package org.oxpip.reporting.impact;

import java.lang.reflect.AnnotatedElement;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.reporting.report.SummaryReport;
import org.oxpip.reporting.report.SummaryReport.OutcomesSection;
import org.oxpip.reporting.report.SummaryReport.ParentMeasureOutcomes;
import org.oxpip.reporting.report.SummaryReport.ReferralsSection;
import org.oxpip.reporting.report.SummaryReport.WaitingSection;
import org.oxpip.reporting.rules.InstrumentRule;

/**
 * "How we measured": the thresholds the figures were computed with (the rules synced from outcomes-service's
 * catalogue, the same table the outcomes SQL reads) and the definition of every figure the report shows.
 *
 * @param rules each instrument's direction, caseness cut-off and reliable change
 * @param pirgasMeaningfulChange the PIRGAS gain counted as meaningful
 * @param definitions each figure the report shows, with what it means
 */
record Measurement(List<InstrumentRule> rules, int pirgasMeaningfulChange, List<Definition> definitions) {

    /** A figure's name in the report and its definition. */
    record Definition(String figure, String meaning) {}

    /**
     * The definitions, taken from the summary report's own published schema (the descriptions its
     * OpenAPI document gives each field), so that this report and the JSON one define every figure in
     * the same words and nobody keeps a second copy. When the summary report carries a definitions
     * block of its own, this is the one method to switch to it.
     *
     * @param report the summary report the document shows: unused until it carries its own definitions
     */
    static List<Definition> definitions(SummaryReport report) {
        return List.of(
                new Definition("Outcomes: who is counted", described(OutcomesSection.class)),
                new Definition("Families improved (PIRGAS)", field(OutcomesSection.class, "pirgasFamiliesImproved")),
                new Definition(
                        "Families meaningfully improved (PIRGAS)",
                        field(OutcomesSection.class, "pirgasFamiliesMeaningfullyImproved")),
                new Definition(
                        "Parents with improved mental health (PHQ-9 and/or GAD-7)",
                        field(OutcomesSection.class, "parentsMentalHealthImproved")),
                new Definition("Improved (each measure)", field(ParentMeasureOutcomes.class, "improved")),
                new Definition("Reliable improvement", field(ParentMeasureOutcomes.class, "reliableImprovement")),
                new Definition("Recovery", field(ParentMeasureOutcomes.class, "recovery")),
                new Definition("Reliable recovery", field(ParentMeasureOutcomes.class, "reliableRecovery")),
                new Definition("Satisfaction", field(OutcomesSection.class, "satisfactionPositive")),
                new Definition("Referrals received", field(ReferralsSection.class, "received")),
                new Definition("Accepted", field(ReferralsSection.class, "accepted")),
                new Definition("Families seen", field(SummaryReport.ActivitySection.class, "familiesSeen")),
                new Definition("Episodes closed", field(SummaryReport.ActivitySection.class, "episodesClosed")),
                new Definition("Waiting time", described(WaitingSection.class)),
                new Definition("Median wait", field(WaitingSection.class, "medianDays")),
                new Definition("90th percentile wait", field(WaitingSection.class, "p90Days")));
    }

    private static String field(Class<?> record, String component) {
        try {
            return described(record.getDeclaredField(component));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("The summary report has no field " + component, e);
        }
    }

    private static String described(AnnotatedElement element) {
        Schema schema = element.getAnnotation(Schema.class);
        if (schema == null || schema.description().isBlank()) {
            throw new IllegalStateException("No published description for " + element);
        }
        return schema.description();
    }
}
