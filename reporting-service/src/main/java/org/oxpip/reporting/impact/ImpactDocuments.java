package org.oxpip.reporting.impact;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.oxpip.platform.security.Caller;
import org.oxpip.reporting.disclosure.DisclosurePolicies;
import org.oxpip.reporting.report.ImpactReports;
import org.oxpip.reporting.report.Intervals;
import org.oxpip.reporting.report.ReportQuery;
import org.oxpip.reporting.report.SummaryReport;
import org.oxpip.reporting.rules.InstrumentRules;

/** Gathers an impact report: the summary and trend reports for the reader, and the stream's title block. */
@ApplicationScoped
public class ImpactDocuments {

    private final ImpactReports reports;
    private final DisclosurePolicies policies;
    private final TitleBlocks titleBlocks;

    ImpactDocuments(ImpactReports reports, DisclosurePolicies policies, TitleBlocks titleBlocks) {
        this.reports = reports;
        this.policies = policies;
        this.titleBlocks = titleBlocks;
    }

    public ImpactReport report(ReportQuery query, Intervals.Kind interval, Caller caller, boolean forPublication) {
        // One snapshot for all of it, read on two connections (ReportStore.impact), so the quotes agree with the
        // feedback count beside them and the trend with the summary.
        ImpactReports.ImpactParts parts = reports.impact(query, interval, caller, forPublication);
        SummaryReport summary = parts.summary();
        return new ImpactReport(
                summary,
                parts.trend(),
                titleBlock(summary.fundingStreams()),
                SmallNumbers.of(policies.forReader(caller, forPublication)),
                measurement(parts.rules(), summary),
                parts.quotes());
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
}
