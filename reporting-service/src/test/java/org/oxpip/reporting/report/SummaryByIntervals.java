package org.oxpip.reporting.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

/**
 * An impact report reads its summary through the trend's intervals (ReportStore.summaryAndTrend): the period's
 * outcomes as the intervals' sum, its sessions as delivered.sql's row for all the intervals together. Here that
 * path is held to the summary read as one period, and each interval of the trend to its own summary.
 */
final class SummaryByIntervals {

    private SummaryByIntervals() {}

    static void assertSameAsOnePeriod(ReportStore store, LocalDate from, LocalDate to, String stream) {
        ReportQuery query = new ReportQuery(from, to, stream, null);
        for (Intervals.Kind kind : Intervals.Kind.values()) {
            List<ReportInterval> intervals = Intervals.split(from, to, kind);
            ReportStore.SummaryAndTrend both = store.summaryAndTrend(query, intervals);
            assertEquals(figures(store.summary(query)), figures(both.summary()), kind + " intervals, added up");
            for (int i = 0; i < intervals.size(); i++) {
                ReportInterval interval = intervals.get(i);
                SummaryFigures alone = store.summary(new ReportQuery(interval.from(), interval.to(), stream, null));
                assertEquals(alone.outcomes(), both.trend().intervals().get(i), interval.label() + " outcomes");
                assertEquals(alone.delivered(), both.trend().delivered().get(i), interval.label() + " sessions");
            }
        }
    }

    /** Every figure; the rules (no equals of their own) are the same table read in the same way. */
    private static SummaryFigures figures(SummaryFigures read) {
        return new SummaryFigures(
                read.dataAsOf(),
                read.referrals(),
                read.breakdowns(),
                read.outcomes(),
                read.delivered(),
                read.reach(),
                read.feedback(),
                null);
    }
}
