package org.oxpip.reporting.impact;

import org.oxpip.reporting.report.FigureDefinition;
import org.oxpip.reporting.rules.InstrumentRule;

/**
 * 6. How we measured: each measure with its source, who completes it and when, its thresholds as the
 * figures were computed with them, the definition of every figure, and the disclosure control.
 */
final class HowWeMeasured {

    private HowWeMeasured() {}

    static void write(Xhtml h, ImpactReport report) {
        Measurement measurement = report.measurement();
        h.open("section", "id", "how-we-measured");
        h.element("h2", "How we measured");
        h.element(
                "p",
                "Parents complete their questionnaires, and the clinician rates the PIRGAS, at the start of the work,"
                        + " at reviews and at the end. Every figure is counted from the charity's records by the same"
                        + " definitions as its summary report, and a family is one referral: a family referred twice"
                        + " counts twice.");
        h.open("table", "class", "measures");
        OutcomeCharts.header(h, "Measure", "Completed by", "Above the clinical threshold", "Reliable change");
        h.open("tbody");
        for (InstrumentRule rule : measurement.rules()) {
            MeasureNotes notes = MeasureNotes.of(rule.instrument());
            h.open("tr").open("td");
            h.element("strong", notes.name());
            h.element("span", ": " + notes.measures() + ". ");
            h.element("span", notes.citation(), "class", "citation");
            h.close("td");
            h.element("td", notes.completedBy());
            h.open("td");
            h.text(rule.higherIsBetter() ? "at or below " : "at or above ");
            Shown.rule(h, rule.caseness(), rule.instrument() + ".caseness");
            h.close("td").open("td");
            h.text(rule.higherIsBetter() ? "a rise or fall of " : "a fall or rise of ");
            Shown.rule(h, rule.reliableChange(), rule.instrument() + ".reliableChange");
            h.text(" points or more");
            if (rule.instrument().equals("PIRGAS")) {
                h.text("; a gain of ");
                Shown.rule(h, measurement.pirgasMeaningfulChange(), "PIRGAS.meaningfulChange");
                h.text(" points or more is a meaningful improvement");
            }
            h.close("td").close("tr");
        }
        MeasureNotes satisfaction = MeasureNotes.of("SATISFACTION");
        h.open("tr").open("td");
        h.element("strong", satisfaction.name());
        h.element("span", ": " + satisfaction.measures() + ". ");
        h.element("span", satisfaction.citation(), "class", "citation");
        h.close("td")
                .element("td", satisfaction.completedBy())
                .element("td", "not a clinical measure")
                .element("td", "not a clinical measure")
                .close("tr");
        h.close("tbody").close("table");
        h.element("h3", "What each figure means");
        h.open("dl", "class", "definitions");
        // The summary report's own definitions, in its order; where each figure's facts come from is the
        // measures table above (its citations) and the JSON report's definitions block (its sources).
        for (FigureDefinition definition : measurement.definitions()) {
            h.element("dt", Measurement.label(definition.figure()));
            h.open("dd", "class", "definition");
            h.element("span", definition.definition(), "class", "meaning");
            h.element("span", ". Counted over: " + Measurement.label(definition.denominator()) + ".");
            h.close("dd");
        }
        h.close("dl");
        h.element("h3", "Disclosure control");
        Disclosure.explain(h, report.smallNumbers());
        h.close("section");
    }
}
