package org.oxpip.reporting.impact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oxpip.reporting.disclosure.Count;
import org.oxpip.reporting.impact.BarChart.Bar;
import org.oxpip.reporting.impact.BarChart.Part;
import org.oxpip.reporting.report.SummaryReport;
import org.oxpip.reporting.report.SummaryReport.CategoryCount;
import org.oxpip.reporting.report.SummaryReport.WaitingSection;

/**
 * 4. Reach: referrals, families seen, sessions delivered and attendance, episodes, waiting times and areas, with
 * the referrals by source and the waiting times as charts.
 */
final class Reach {

    /** The source types in the charity's words (docs/feeds.md lists the codes). */
    static final Map<String, String> SOURCES = Map.of(
            "HEALTH_VISITOR", "Health visitor",
            "MIDWIFE", "Midwife",
            "GP", "GP",
            "PERINATAL_MENTAL_HEALTH", "Perinatal mental health team",
            "SOCIAL_CARE", "Social care",
            "OTHER", "Another professional",
            "SELF", "The family themselves");

    static final String COMPLETED = "COMPLETED";
    static final String UNKNOWN_AREA = "UNKNOWN";

    private Reach() {}

    static void write(Xhtml h, ImpactReport report) {
        SummaryReport s = report.summary();
        SmallNumbers small = report.smallNumbers();
        h.open("section", "id", "reach");
        h.element("h2", "Reach");
        h.open("table", "class", "facts");
        h.open("tbody");
        row(h, "Referrals received");
        Shown.count(h, s.referrals().received(), "referrals.received", small);
        end(h);
        row(h, "Referrals accepted");
        Shown.rate(
                h,
                s.referrals().accepted(),
                "referrals.accepted",
                s.referrals().received(),
                "referrals.received",
                "referrals",
                small);
        end(h);
        row(h, "Families seen");
        Shown.count(h, s.activity().familiesSeen(), "activity.familiesSeen", small);
        end(h);
        delivered(h, s.delivered(), small);
        row(h, "Episodes ended");
        Shown.count(h, s.activity().episodesClosed(), "activity.episodesClosed", small);
        end(h);
        List<CategoryCount> reasons = s.activity().closedByReason();
        for (int i = 0; i < reasons.size(); i++) {
            if (reasons.get(i).category().equals(COMPLETED)) {
                row(h, "of which completed");
                Shown.cell(h, reasons.get(i).count(), "activity.closedByReason[" + i + "].count", small);
                end(h);
            }
        }
        row(h, "Waiting time to the first session");
        waitingInWords(h, s.waiting(), small);
        end(h);
        row(h, "Areas served (postcode districts)");
        areas(h, s.referrals().byArea());
        end(h);
        h.close("tbody").close("table");
        sources(h, s.referrals().bySourceType(), small);
        waiting(h, s.waiting(), small);
        h.close("section");
    }

    private static void delivered(Xhtml h, SummaryReport.DeliveredSection d, SmallNumbers small) {
        if (none(d.sessionsOffered()) && none(d.sessionsAttended())) {
            // Nothing recorded (a period before sessions were kept): no rate of nothing, such as "0.0% completed".
            row(h, "Sessions");
            h.text("none recorded in this period");
            end(h);
            return;
        }
        row(h, "Families seen at a session in the period");
        Shown.count(h, d.familiesSeen(), "delivered.familiesSeen", small);
        end(h);
        row(h, "Sessions offered");
        Shown.count(h, d.sessionsOffered(), "delivered.sessionsOffered", small);
        end(h);
        row(h, "Sessions attended");
        Shown.count(h, d.sessionsAttended(), "delivered.sessionsAttended", small);
        end(h);
        row(h, "Did not attend (missed without notice, of sessions attended or missed)");
        Shown.rate(h, d.didNotAttend(), "delivered.didNotAttend", null, null, "sessions", small);
        end(h);
        row(h, "Episodes ended in which the family completed a course (two sessions or more attended)");
        Shown.rate(
                h,
                d.completedCourse(),
                "delivered.completedCourse",
                d.sessionsPerCompletedEpisode().episodes(),
                "delivered.sessionsPerCompletedEpisode.episodes",
                "episodes",
                small);
        end(h);
        SummaryReport.SessionsPerEpisode perEpisode = d.sessionsPerCompletedEpisode();
        if (perEpisode.median() != null) {
            row(h, "Sessions attended per episode ended");
            h.text("median ");
            Shown.figure(h, perEpisode.median(), "delivered.sessionsPerCompletedEpisode.median");
            h.text(", mean ");
            Shown.figure(h, perEpisode.mean(), "delivered.sessionsPerCompletedEpisode.mean");
            end(h);
        }
    }

    private static boolean none(Count count) {
        return !count.suppressed() && count.value() == 0;
    }

    private static void waitingInWords(Xhtml h, WaitingSection w, SmallNumbers small) {
        if (w.medianDays() != null) {
            h.text("half waited ");
            Shown.figure(h, w.medianDays(), "waiting.medianDays");
            h.text(" days or less (median), nine in ten ");
            Shown.figure(h, w.p90Days(), "waiting.p90Days");
            h.text(" days or less, over ");
            Shown.count(h, w.firstSessions(), "waiting.firstSessions", small);
            h.text(" first sessions");
        } else if (!w.firstSessions().suppressed() && w.firstSessions().value() == 0) {
            h.text("no first sessions in this period");
        } else {
            h.text("not published: waits are shown over ");
            Shown.rule(h, small.smallestWaitBase(), "smallestWaitBase");
            h.text(" or more first sessions, and this period had ");
            Shown.count(h, w.firstSessions(), "waiting.firstSessions", small);
        }
    }

    /** The areas the referrals came from; whether a count is hidden or not, the report lists the area. */
    private static void areas(Xhtml h, List<CategoryCount> areas) {
        boolean first = true;
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).category().equals(UNKNOWN_AREA)) {
                continue;
            }
            h.text(first ? "" : ", ");
            h.element("span", areas.get(i).category(), "data-figure", "referrals.byArea[" + i + "].category");
            first = false;
        }
        if (first) {
            h.text("none recorded");
        }
    }

    private static void sources(Xhtml h, List<CategoryCount> sources, SmallNumbers small) {
        long most = sources.stream()
                .map(CategoryCount::count)
                .filter(count -> !count.suppressed())
                .mapToLong(Count::value)
                .max()
                .orElse(1);
        BarChart chart = new BarChart(
                "sources-chart",
                "Referrals by source",
                "Who referred the families referred in the period, one bar per kind of referrer, each labelled with"
                        + " its number of referrals. The same figures are in the table below the chart.",
                List.of("Referrals"),
                BigDecimal.valueOf(most));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            CategoryCount source = sources.get(i);
            String path = "referrals.bySourceType[" + i + "].count.value";
            Count count = source.count();
            bars.add(new Bar(
                    0,
                    name(source.category()),
                    count.suppressed() ? null : BigDecimal.valueOf(count.value()),
                    path,
                    count.suppressed()
                            ? List.of(Part.words("not shown"))
                            : List.of(
                                    Part.words(small.rounds() && count.value() != 0 ? "around " : ""),
                                    Part.figure(count.value(), path))));
        }
        chart.group("", bars);
        h.open("figure", "id", "sources");
        h.element("figcaption", "Referrals by source, for the referrals received in the period");
        chart.write(h);
        h.open("table");
        OutcomeCharts.header(h, "Referred by", "Referrals");
        h.open("tbody");
        for (int i = 0; i < sources.size(); i++) {
            h.open("tr").element("td", name(sources.get(i).category())).open("td", "class", "n");
            Shown.cell(h, sources.get(i).count(), "referrals.bySourceType[" + i + "].count", small);
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
        h.close("figure");
    }

    private static void waiting(Xhtml h, WaitingSection w, SmallNumbers small) {
        if (w.medianDays() == null) {
            return;
        }
        BarChart chart = new BarChart(
                "waiting-chart",
                "Waiting times to the first session",
                "The median wait and the 90th percentile wait, in days from the referral to the first session, over"
                        + " the first sessions held in the period. The same figures are in the table below the chart.",
                List.of("Days"),
                w.p90Days());
        chart.group(
                "",
                List.of(
                        new Bar(
                                0,
                                "Half waited this long or less",
                                w.medianDays(),
                                "waiting.medianDays",
                                List.of(Part.figure(w.medianDays(), "waiting.medianDays"), Part.words(" days"))),
                        new Bar(
                                0,
                                "Nine in ten waited this long or less",
                                w.p90Days(),
                                "waiting.p90Days",
                                List.of(Part.figure(w.p90Days(), "waiting.p90Days"), Part.words(" days")))));
        h.open("figure", "id", "waiting");
        h.element("figcaption", "The spread of waiting times to the first session");
        chart.write(h);
        h.open("table");
        OutcomeCharts.header(h, "Wait", "Days");
        h.open("tbody");
        h.open("tr").element("td", "Median (half waited this long or less)").open("td", "class", "n");
        Shown.figure(h, w.medianDays(), "waiting.medianDays");
        h.close("td").close("tr");
        h.open("tr")
                .element("td", "90th percentile (nine in ten waited this long or less)")
                .open("td", "class", "n");
        Shown.figure(h, w.p90Days(), "waiting.p90Days");
        h.close("td").close("tr");
        h.open("tr").element("td", "First sessions measured").open("td", "class", "n");
        Shown.count(h, w.firstSessions(), "waiting.firstSessions", small);
        h.close("td").close("tr");
        h.close("tbody").close("table");
        h.close("figure");
    }

    private static String name(String source) {
        return SOURCES.getOrDefault(source, source);
    }

    private static void row(Xhtml h, String name) {
        h.open("tr").element("th", name, "scope", "row").open("td");
    }

    private static void end(Xhtml h) {
        h.close("td").close("tr");
    }
}
