package org.oxpip.reporting.csv;

import java.util.List;
import org.oxpip.reporting.disclosure.Count;
import org.oxpip.reporting.disclosure.Rate;
import org.oxpip.reporting.report.SummaryReport;
import org.oxpip.reporting.report.SummaryReport.CategoryCount;
import org.oxpip.reporting.report.SummaryReport.ParentMeasureOutcomes;

/**
 * The summary report as CSV: one figure per row, so a spreadsheet can filter it, with the same names
 * as the JSON. A count fills {@code value}; a rate fills numerator, denominator and percent; the
 * report's own facts (period, filters, data as of, disclosure) come first as {@code report} rows.
 */
public final class SummaryCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final String HEADER = "section,figure,category,value,numerator,denominator,percent,suppressed";

    private SummaryCsv() {}

    public static String write(SummaryReport report) {
        CsvRows rows = new CsvRows(HEADER);
        rows.fact("from", report.from());
        rows.fact("to", report.to());
        rows.fact("fundingStream", report.fundingStream());
        // The streams counted (a funder's own when it asked for none), space-separated; empty: every stream.
        rows.fact("fundingStreams", report.fundingStreams() == null ? null : String.join(" ", report.fundingStreams()));
        rows.fact("area", report.area());
        rows.fact("dataAsOf", report.dataAsOf());
        rows.fact("disclosure", report.disclosure());

        var referrals = report.referrals();
        rows.count("referrals", "received", null, referrals.received());
        categories(rows, "referrals", "bySourceType", referrals.bySourceType());
        categories(rows, "referrals", "byArea", referrals.byArea());
        rows.rate("referrals", "accepted", referrals.accepted());
        rows.rate("referrals", "declined", referrals.declined());
        rows.rate("referrals", "redirected", referrals.redirected());
        rows.rate("referrals", "eligible", referrals.eligible());

        var waiting = report.waiting();
        rows.count("waiting", "firstSessions", null, waiting.firstSessions());
        rows.statistic("waiting", "medianDays", waiting.medianDays(), waiting.suppressed());
        rows.statistic("waiting", "p90Days", waiting.p90Days(), waiting.suppressed());

        var activity = report.activity();
        rows.count("activity", "familiesSeen", null, activity.familiesSeen());
        rows.count("activity", "episodesClosed", null, activity.episodesClosed());
        categories(rows, "activity", "closedByReason", activity.closedByReason());

        var outcomes = report.outcomes();
        rows.count("outcomes", "pirgasFamilies", null, outcomes.pirgasFamilies());
        rows.rate("outcomes", "pirgasFamiliesImproved", outcomes.pirgasFamiliesImproved());
        rows.rate("outcomes", "pirgasFamiliesMeaningfullyImproved", outcomes.pirgasFamiliesMeaningfullyImproved());
        rows.rate("outcomes", "pirgasFamiliesReliablyDeteriorated", outcomes.pirgasFamiliesReliablyDeteriorated());
        rows.rate("outcomes", "parentsMentalHealthImproved", outcomes.parentsMentalHealthImproved());
        parents(rows, "outcomes.parentsMentalHealth", outcomes.parentsMentalHealth());
        parents(rows, "outcomes.epds", outcomes.epds());
        rows.count("outcomes", "satisfactionResponses", null, outcomes.satisfactionResponses());
        rows.rate("outcomes", "satisfactionPositive", outcomes.satisfactionPositive());
        return rows.text();
    }

    private static void categories(CsvRows rows, String section, String figure, List<CategoryCount> categories) {
        categories.forEach(category -> rows.count(section, figure, category.category(), category.count()));
    }

    private static void parents(CsvRows rows, String section, ParentMeasureOutcomes measure) {
        rows.count(section, "parents", null, measure.parents());
        rows.rate(section, "improved", measure.improved());
        rows.rate(section, "reliableImprovement", measure.reliableImprovement());
        rows.rate(section, "reliableDeterioration", measure.reliableDeterioration());
        rows.count(section, "atCasenessAtBaseline", null, measure.atCasenessAtBaseline());
        rows.rate(section, "recovery", measure.recovery());
        rows.rate(section, "reliableRecovery", measure.reliableRecovery());
    }

    /** Rows being written; every cell is escaped (RFC 4180) and never starts a spreadsheet formula. */
    static final class CsvRows {

        private final StringBuilder text = new StringBuilder();

        CsvRows(String header) {
            text.append(header).append("\r\n");
        }

        void fact(String figure, Object value) {
            row("report", figure, null, value, null, null, null, null);
        }

        void count(String section, String figure, String category, Count count) {
            row(section, figure, category, count.value(), null, null, null, count.suppressed());
        }

        void rate(String section, String figure, Rate rate) {
            row(section, figure, null, null, rate.numerator(), rate.denominator(), rate.percent(), rate.suppressed());
        }

        void statistic(String section, String figure, Object value, boolean suppressed) {
            row(section, figure, null, value, null, null, null, suppressed);
        }

        String text() {
            return text.toString();
        }

        private void row(Object... cells) {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                text.append(cell(cells[i]));
            }
            text.append("\r\n");
        }

        static String cell(Object value) {
            if (value == null) {
                return "";
            }
            String text = value.toString();
            if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
                text = "'" + text;
            }
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
            return text;
        }

        private static boolean isNumber(String text) {
            return text.matches("-?[0-9]+(\\.[0-9]+)?");
        }
    }
}
