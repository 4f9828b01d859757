package org.oxpip.reporting.impact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.oxpip.reporting.disclosure.Count;
import org.oxpip.reporting.disclosure.Rate;
import org.oxpip.reporting.impact.BarChart.Bar;
import org.oxpip.reporting.impact.BarChart.Part;
import org.oxpip.reporting.report.SummaryReport.OutcomesSection;
import org.oxpip.reporting.report.SummaryReport.ParentMeasureOutcomes;
import org.oxpip.reporting.report.TrendReport;
import org.oxpip.reporting.report.TrendReport.TrendPoint;

/** 3. The outcomes per measure and the trend, each as a chart with its data table below it. */
final class OutcomeCharts {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One bar of the outcomes chart, and its row in the table. */
    record Figure(String measure, String name, int series, Rate rate, String path, Count base, String basePath) {}

    private OutcomeCharts() {}

    static void write(Xhtml h, ImpactReport report) {
        h.open("section", "id", "charts");
        h.element("h2", "Outcomes in charts");
        outcomes(h, report);
        trend(h, report);
        h.close("section");
    }

    static List<Figure> figures(OutcomesSection o) {
        List<Figure> figures = new ArrayList<>();
        parents(
                figures,
                "Mental health: PHQ-9 and/or GAD-7 (parents)",
                o.parentsMentalHealth(),
                "outcomes.parentsMentalHealth");
        parents(figures, "Postnatal depression: EPDS (parents)", o.epds(), "outcomes.epds");
        figures.add(new Figure(
                "Parent-infant relationship: PIRGAS (families)",
                "Improved",
                0,
                o.pirgasFamiliesImproved(),
                "outcomes.pirgasFamiliesImproved",
                o.pirgasFamilies(),
                "outcomes.pirgasFamilies"));
        figures.add(new Figure(
                "Parent-infant relationship: PIRGAS (families)",
                "Meaningful improvement",
                1,
                o.pirgasFamiliesMeaningfullyImproved(),
                "outcomes.pirgasFamiliesMeaningfullyImproved",
                o.pirgasFamilies(),
                "outcomes.pirgasFamilies"));
        return figures;
    }

    private static void parents(List<Figure> figures, String measure, ParentMeasureOutcomes p, String path) {
        figures.add(
                new Figure(measure, "Improved", 0, p.improved(), path + ".improved", p.parents(), path + ".parents"));
        figures.add(new Figure(
                measure,
                "Reliable improvement",
                1,
                p.reliableImprovement(),
                path + ".reliableImprovement",
                p.parents(),
                path + ".parents"));
        figures.add(new Figure(
                measure,
                "Recovery",
                2,
                p.recovery(),
                path + ".recovery",
                p.atCasenessAtBaseline(),
                path + ".atCasenessAtBaseline"));
    }

    private static void outcomes(Xhtml h, ImpactReport report) {
        SmallNumbers small = report.smallNumbers();
        List<Figure> figures = figures(report.summary().outcomes());
        BarChart chart = new BarChart(
                "outcomes-chart",
                "Outcomes per measure",
                "For each measure, the percentage of parents or families who improved, who improved reliably and"
                        + " who recovered; each bar is labelled with its percentage and the number it is out of."
                        + " The same figures are in the table below the chart.",
                List.of("Improved", "Reliable or meaningful improvement", "Recovery"),
                HUNDRED);
        String measure = null;
        List<Bar> bars = new ArrayList<>();
        for (Figure figure : figures) {
            if (measure != null && !measure.equals(figure.measure())) {
                chart.group(measure, bars);
                bars = new ArrayList<>();
            }
            measure = figure.measure();
            bars.add(new Bar(
                    figure.series(),
                    figure.name(),
                    shown(figure.rate()),
                    figure.path() + ".percent",
                    label(figure.rate(), figure.path(), figure.base(), small)));
        }
        chart.group(measure, bars);
        h.open("figure", "id", "outcomes");
        h.element("figcaption", "Outcomes per measure, for the episodes that ended in the period");
        chart.write(h);
        h.open("table");
        header(h, "Measure", "Figure", "Result");
        h.open("tbody");
        for (Figure figure : figures) {
            h.open("tr")
                    .element("td", figure.measure())
                    .element("td", figure.name())
                    .open("td");
            Shown.rate(h, figure.rate(), figure.path(), figure.base(), figure.basePath(), "measured", small);
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
        h.close("figure");
    }

    private static void trend(Xhtml h, ImpactReport report) {
        TrendReport trend = report.trend();
        SmallNumbers small = report.smallNumbers();
        BarChart chart = new BarChart(
                "trend-chart",
                "The headline results " + (trend.interval().equals("year") ? "year by year" : "quarter by quarter"),
                "For each " + trend.interval() + ", the percentage of families who improved on the PIRGAS and of"
                        + " parents whose mental health improved on the PHQ-9 and/or GAD-7, over the episodes that"
                        + " ended in it. The same figures are in the table below the chart.",
                List.of("Families improved (PIRGAS)", "Parents' mental health improved"),
                HUNDRED);
        for (int i = 0; i < trend.intervals().size(); i++) {
            TrendPoint point = trend.intervals().get(i);
            String path = "trend:intervals[" + i + "]";
            chart.group(
                    point.label(),
                    path + ".label",
                    List.of(
                            new Bar(
                                    0,
                                    "Families improved",
                                    shown(point.pirgasFamiliesImproved()),
                                    path + ".pirgasFamiliesImproved.percent",
                                    label(
                                            point.pirgasFamiliesImproved(),
                                            path + ".pirgasFamiliesImproved",
                                            null,
                                            small)),
                            new Bar(
                                    1,
                                    "Mental health improved",
                                    shown(point.parentsMentalHealthImproved()),
                                    path + ".parentsMentalHealthImproved.percent",
                                    label(
                                            point.parentsMentalHealthImproved(),
                                            path + ".parentsMentalHealthImproved",
                                            null,
                                            small))));
        }
        h.open("figure", "id", "trend");
        h.element("figcaption", "The headline results " + (trend.interval().equals("year") ? "by year" : "by quarter"));
        chart.write(h);
        h.open("table");
        header(
                h,
                trend.interval().equals("year") ? "Year" : "Quarter",
                "Families improved (PIRGAS)",
                "Parents' mental health improved (PHQ-9 and/or GAD-7)");
        h.open("tbody");
        for (int i = 0; i < trend.intervals().size(); i++) {
            TrendPoint point = trend.intervals().get(i);
            String path = "trend:intervals[" + i + "]";
            h.open("tr").open("td");
            h.element("span", point.label(), "data-figure", path + ".label");
            h.close("td").open("td");
            Shown.rate(h, point.pirgasFamiliesImproved(), path + ".pirgasFamiliesImproved", null, null, null, small);
            h.close("td").open("td");
            Shown.rate(
                    h,
                    point.parentsMentalHealthImproved(),
                    path + ".parentsMentalHealthImproved",
                    null,
                    null,
                    null,
                    small);
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
        h.close("figure");
    }

    /** A bar's length: only a published percentage has one. */
    private static BigDecimal shown(Rate rate) {
        return rate.suppressed() ? null : rate.percent();
    }

    /** "85.0% of 20", or why there is no bar. */
    static List<Part> label(Rate rate, String path, Count base, SmallNumbers small) {
        if (!rate.suppressed() && rate.percent() != null) {
            return List.of(
                    Part.figure(rate.percent(), path + ".percent"),
                    Part.words(small.rounds() ? "% of around " : "% of "),
                    Part.figure(rate.denominator(), path + ".denominator"));
        }
        if (!rate.suppressed() || (base != null && !base.suppressed() && base.value() == 0)) {
            return List.of(Part.words("none measured"));
        }
        if (base == null) {
            return List.of(Part.words("not published: small numbers"));
        }
        if (base.suppressed()) {
            return List.of(
                    Part.words("not published: fewer than "),
                    Part.rule(small.smallestCount(), "smallestCount"),
                    Part.words(" measured"));
        }
        if (base.value() < small.smallestRateBase()) {
            return List.of(
                    Part.words("not published: fewer than "),
                    Part.rule(small.smallestRateBase(), "smallestRateBase"),
                    Part.words(" measured"));
        }
        return List.of(Part.words("not published: fewer than "), Part.rule(small.smallestCount(), "smallestCount"));
    }

    static void header(Xhtml h, String... names) {
        h.open("thead").open("tr");
        for (String name : names) {
            h.element("th", name, "scope", "col");
        }
        h.close("tr").close("thead");
    }
}
