package org.oxpip.reporting.fhir;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.Measure.MeasureGroupComponent;
import org.oxpip.reporting.report.FigureDefinition;

/**
 * The summary report's rate figures as one FHIR Measure (proportion scoring), written from the report's own
 * definitions (FigureDefinitions, through the synced outcome rules): one group per rate, coded with the figure's path,
 * its numerator and denominator described in the definitions' words. Nothing here restates a definition.
 */
final class SummaryMeasure {

    static final String ID = "summary";
    static final String URL = "https://oxpip.org/fhir/Measure/" + ID;
    /** The summary report's figures, coded by their path in the JSON report (outcomes.pirgasFamiliesImproved). */
    static final String FIGURES = "https://oxpip.org/fhir/CodeSystem/summary-figure";

    static final String POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population";
    private static final String SCORING = "http://terminology.hl7.org/CodeSystem/measure-scoring";

    private SummaryMeasure() {}

    static Measure of(List<FigureDefinition> definitions, Date date) {
        Map<String, FigureDefinition> byFigure = definitions.stream()
                .collect(Collectors.toMap(FigureDefinition::figure, Function.identity(), (a, b) -> a));
        Measure m = new Measure();
        m.setId(ID);
        m.setUrl(URL);
        m.setName("OxPIPSummaryReport");
        m.setTitle("OxPIP summary report: rates");
        m.setStatus(PublicationStatus.ACTIVE);
        m.setDate(date);
        m.setPublisher("OxPIP");
        m.setDescription(
                "The rate figures of the summary report (GET /api/v1/reports/summary), each a group with"
                        + " its numerator and denominator. Outcomes are over the episodes closed in the period with paired"
                        + " scores. The words are the report's own definitions, written from the outcome rules it counts with.");
        m.setScoring(new CodeableConcept(new Coding(SCORING, "proportion", "Proportion")));
        for (FigureDefinition rate : RateFigures.of(definitions)) {
            MeasureGroupComponent group = m.addGroup();
            group.setCode(code(rate.figure()));
            group.setDescription(rate.definition() + " (source: " + rate.source() + ")");
            group.addPopulation()
                    .setCode(population("numerator", "Numerator"))
                    .setDescription(rate.definition())
                    .setCriteria(criteria(rate.figure() + ".numerator"));
            FigureDefinition over = byFigure.get(rate.denominator());
            group.addPopulation()
                    .setCode(population("denominator", "Denominator"))
                    .setDescription(over == null ? rate.denominator() : rate.denominator() + ": " + over.definition())
                    .setCriteria(criteria(rate.figure() + ".denominator"));
        }
        return m;
    }

    static CodeableConcept code(String figure) {
        return new CodeableConcept(new Coding(FIGURES, figure, null)).setText(figure);
    }

    static CodeableConcept population(String code, String display) {
        return new CodeableConcept(new Coding(POPULATION, code, display));
    }

    /**
     * R4 requires a criteria with a language from its list (text/cql, text/fhirpath, application/x-fhir-query; R4B's
     * text/cql-identifier, which fits exactly, is not in R4). It is written as a CQL identifier, the figure's path in
     * the JSON report, with no Library: no engine can run it, and the description says the figure is counted in SQL.
     */
    private static Expression criteria(String path) {
        return new Expression()
                .setLanguage("text/cql")
                .setExpression("\"" + path + "\"")
                .setDescription("Not executable: counted in SQL by reporting-service over its read model, as the"
                        + " summary report's " + path);
    }
}
