package org.oxpip.reporting.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportStatus;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.codesystems.DataAbsentReason;
import org.oxpip.reporting.report.FigureDefinition;
import org.oxpip.reporting.report.SummaryReport;

/**
 * A summary report, as its reader may see it, as a FHIR MeasureReport (type summary) of {@link SummaryMeasure}: one
 * group per rate figure with the report's numerator, denominator and percent. The figures are the JSON report's own,
 * after the reader's disclosure control: a suppressed figure has no number anywhere in the resource, only the core
 * data-absent-reason extension (masked) on its counts and score, and the narrative says it is suppressed.
 */
final class SummaryMeasureReport {

    static final String DATA_ABSENT = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
    private static final String UCUM = "http://unitsofmeasure.org";

    private SummaryMeasureReport() {}

    static MeasureReport of(SummaryReport report, ObjectMapper json, Date generated) {
        JsonNode tree = json.valueToTree(report);
        MeasureReport mr = new MeasureReport();
        // A search result needs an id; the report is computed for this request and kept nowhere, so it is new each
        // time.
        mr.setId(java.util.UUID.randomUUID().toString());
        mr.setStatus(MeasureReportStatus.COMPLETE);
        mr.setType(MeasureReportType.SUMMARY);
        mr.setMeasure(SummaryMeasure.URL);
        mr.setDate(generated);
        mr.setPeriod(new Period()
                .setStartElement(new DateTimeType(report.from().toString()))
                .setEndElement(new DateTimeType(report.to().toString())));
        int suppressed = 0;
        for (FigureDefinition rate : RateFigures.of(report.definitions())) {
            JsonNode figure = at(tree, rate.figure());
            MeasureReportGroupComponent group = mr.addGroup().setCode(SummaryMeasure.code(rate.figure()));
            boolean hidden = figure.path("suppressed").asBoolean(false);
            suppressed += hidden ? 1 : 0;
            group.addPopulation()
                    .setCode(SummaryMeasure.population("numerator", "Numerator"))
                    .setCountElement(count(figure.path("numerator"), hidden));
            group.addPopulation()
                    .setCode(SummaryMeasure.population("denominator", "Denominator"))
                    .setCountElement(count(figure.path("denominator"), hidden));
            JsonNode percent = figure.path("percent");
            if (hidden) {
                Quantity masked = new Quantity();
                masked.addExtension(masked());
                group.setMeasureScore(masked);
            } else if (percent.isNumber()) {
                group.setMeasureScore(new Quantity()
                        .setValue(percent.decimalValue())
                        .setUnit("%")
                        .setSystem(UCUM)
                        .setCode("%"));
            }
        }
        mr.setText(narrative(report, suppressed));
        return mr;
    }

    private static IntegerType count(JsonNode value, boolean hidden) {
        IntegerType count = new IntegerType();
        if (hidden || !value.isNumber()) {
            count.addExtension(masked());
        } else {
            count.setValue(value.intValue());
        }
        return count;
    }

    private static Extension masked() {
        return new Extension(DATA_ABSENT, new org.hl7.fhir.r4.model.CodeType(DataAbsentReason.MASKED.toCode()));
    }

    private static JsonNode at(JsonNode tree, String figure) {
        JsonNode node = tree;
        for (String segment : figure.split("\\.")) {
            node = node.path(segment);
        }
        return node;
    }

    /** Who the figures are about and how they were protected, in words; never a family, never a number hidden. */
    private static Narrative narrative(SummaryReport report, int suppressed) {
        String streams =
                report.fundingStreams() == null ? "every funding stream" : String.join(", ", report.fundingStreams());
        String text = "Summary report " + report.from() + " to " + report.to() + "; funding streams: " + streams
                + (report.area() == null ? "" : "; area: " + report.area()) + "; disclosure control: "
                + report.disclosure() + "; data as of "
                + (report.dataAsOf() == null ? "never synced" : report.dataAsOf())
                + ". "
                + (suppressed == 0
                        ? "No figure is suppressed."
                        : suppressed
                                + " figure(s) suppressed by disclosure control: their counts and scores are absent (data-absent-reason masked).");
        Narrative narrative = new Narrative();
        narrative.setStatus(Narrative.NarrativeStatus.GENERATED);
        narrative.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + escape(text) + "</p></div>");
        return narrative;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
