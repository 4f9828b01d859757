package org.oxpip.reporting.impact;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.oxpip.platform.security.Caller;
import org.oxpip.reporting.disclosure.DisclosurePolicies;
import org.oxpip.reporting.report.ImpactReports;
import org.oxpip.reporting.report.Intervals;
import org.oxpip.reporting.report.PrintedQuotes;
import org.oxpip.reporting.report.ReportQuery;
import org.oxpip.reporting.report.ReportStore;
import org.oxpip.reporting.report.SummaryReport;
import org.oxpip.reporting.report.TrendReport;
import org.oxpip.reporting.rules.InstrumentRules;

/** Gathers an impact report: the summary and trend reports for the reader, and the stream's title block. */
@ApplicationScoped
public class ImpactDocuments {

    private final ImpactReports reports;
    private final DisclosurePolicies policies;
    private final TitleBlocks titleBlocks;
    private final ReportStore store;
    private final ManagedExecutor executor;

    ImpactDocuments(
            ImpactReports reports,
            DisclosurePolicies policies,
            TitleBlocks titleBlocks,
            ReportStore store,
            ManagedExecutor executor) {
        this.reports = reports;
        this.policies = policies;
        this.titleBlocks = titleBlocks;
        this.store = store;
        this.executor = executor;
    }

    public ImpactReport report(ReportQuery query, Intervals.Kind interval, Caller caller, boolean forPublication) {
        // The trend and the quotes run beside the summary (each in its own read-only snapshot), so the document
        // takes about as long as the slowest of them rather than all one after the other (deploy/bench: the
        // quotes' feedback count alone is a fifth of a second over 100,000 families).
        CompletableFuture<TrendReport> trend =
                executor.supplyAsync(() -> reports.trend(query, interval, caller, forPublication));
        CompletableFuture<PrintedQuotes> quotes =
                executor.supplyAsync(() -> reports.quotes(query, caller, forPublication));
        SummaryReport summary = reports.summary(query, caller, forPublication);
        TrendReport trendReport = join(trend);
        if (!Objects.equals(summary.dataAsOf(), trendReport.dataAsOf())) {
            // A sync finished between the two snapshots: read both again, so that they count the same data.
            trendReport = reports.trend(query, interval, caller, forPublication);
            summary = reports.summary(query, caller, forPublication);
        }
        return new ImpactReport(
                summary,
                trendReport,
                titleBlock(summary.fundingStreams()),
                SmallNumbers.of(policies.forReader(caller, forPublication)),
                measurement(store.rules(), summary),
                join(quotes));
    }

    /** The thresholds as synced from outcomes-service's catalogue: the same ones the figures were counted with. */
    private static Measurement measurement(InstrumentRules rules, SummaryReport summary) {
        return new Measurement(
                InstrumentRules.REPORTED.stream().map(rules::rule).toList(),
                rules.rule("PIRGAS").meaningfulChange(),
                summary.definitions());
    }

    /** A stream's title block when the report is about exactly one stream. */
    private TitleBlockView titleBlock(List<String> streams) {
        return streams != null && streams.size() == 1
                ? titleBlocks.find(streams.get(0)).orElse(null)
                : null;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
