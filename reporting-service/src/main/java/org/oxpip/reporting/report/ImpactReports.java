package org.oxpip.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oxpip.platform.security.Caller;
import org.oxpip.platform.security.Roles;
import org.oxpip.reporting.disclosure.Count;
import org.oxpip.reporting.disclosure.DisclosurePolicies;
import org.oxpip.reporting.disclosure.DisclosurePolicy;
import org.oxpip.reporting.disclosure.ExactRate;
import org.oxpip.reporting.disclosure.Rate;
import org.oxpip.reporting.report.TrendReport.TrendPoint;
import org.oxpip.reporting.rules.InstrumentRules;

/**
 * Builds the reports a reader may see: exact for managers, through disclosure control for funders,
 * and for a funder only over its own funding streams.
 */
@ApplicationScoped
public class ImpactReports {

    private final ReportStore store;
    private final DisclosurePolicies policies;

    ImpactReports(ReportStore store, DisclosurePolicies policies) {
        this.store = store;
        this.policies = policies;
    }

    public SummaryReport summary(ReportQuery asked, Caller caller, boolean forPublication) {
        DisclosurePolicy policy = policies.forReader(caller, forPublication);
        ReportQuery query = readable(asked, caller, policy);
        return SummaryAssembler.assemble(query, store.summary(query), policy);
    }

    public TrendReport trend(ReportQuery asked, Intervals.Kind kind, Caller caller, boolean forPublication) {
        DisclosurePolicy policy = policies.forReader(caller, forPublication);
        ReportQuery query = readable(asked, caller, policy);
        List<ReportInterval> intervals = Intervals.split(query.from(), query.to(), kind);
        return trend(query, kind, intervals, store.trend(query, intervals), policy);
    }

    /**
     * What an impact report shows this reader: the summary and the trend exactly as the two JSON reports publish
     * them for the same request, and the quotes it may print, all read in one snapshot.
     */
    public ImpactParts impact(ReportQuery asked, Intervals.Kind kind, Caller caller, boolean forPublication) {
        DisclosurePolicy policy = policies.forReader(caller, forPublication);
        ReportQuery query = readable(asked, caller, policy);
        List<ReportInterval> intervals = Intervals.split(query.from(), query.to(), kind);
        ReportStore.SummaryAndTrend figures = store.summaryAndTrend(query, intervals);
        return new ImpactParts(
                SummaryAssembler.assemble(query, figures.summary(), policy),
                trend(query, kind, intervals, figures.trend(), policy),
                PrintedQuotes.of(figures.summary().feedback(), "none".equals(policy.name())),
                figures.summary().rules());
    }

    /** An impact report's parts, with the outcome rules its figures were counted with. */
    public record ImpactParts(SummaryReport summary, TrendReport trend, PrintedQuotes quotes, InstrumentRules rules) {}

    private static TrendReport trend(
            ReportQuery query,
            Intervals.Kind kind,
            List<ReportInterval> intervals,
            TrendFigures figures,
            DisclosurePolicy policy) {
        // Each headline is one series: its intervals add up to the period, which the summary report shows.
        List<Rate> pirgas = policy.intervals(figures.intervals().stream()
                .map(outcomes -> new ExactRate(
                        outcomes.pirgas().improved(), outcomes.pirgas().families()))
                .toList());
        List<Rate> mentalHealth = policy.intervals(figures.intervals().stream()
                .map(outcomes -> new ExactRate(
                        outcomes.mentalHealth().improved(),
                        outcomes.mentalHealth().parents()))
                .toList());
        // Sessions attended: the intervals add up to the period's count, a breakdown of it.
        List<Long> attendedExact =
                figures.delivered().stream().map(DeliveredFigures::attended).toList();
        List<Count> attended =
                policy.parts(attendedExact.stream().mapToLong(Long::longValue).sum(), attendedExact);
        List<Rate> didNotAttend = policy.intervals(figures.delivered().stream()
                .map(delivered ->
                        new ExactRate(delivered.notAttended(), delivered.attended() + delivered.notAttended()))
                .toList());
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            ReportInterval interval = intervals.get(i);
            points.add(new TrendPoint(
                    interval.label(),
                    interval.from(),
                    interval.to(),
                    pirgas.get(i),
                    mentalHealth.get(i),
                    attended.get(i),
                    attended.get(i).suppressed() ? Rate.hidden() : didNotAttend.get(i)));
        }
        return new TrendReport(
                query.from(),
                query.to(),
                kind.name().toLowerCase(Locale.ROOT),
                query.fundingStream(),
                query.fundingStreams(),
                query.area(),
                figures.dataAsOf(),
                policy.name(),
                points);
    }

    /**
     * What this reader may count (a funder: its own funding streams, whole months; no single area where the
     * policy can't publish one); 403 or 422 otherwise.
     */
    private static ReportQuery readable(ReportQuery asked, Caller caller, DisclosurePolicy policy) {
        ReportQuery query = FunderScope.limit(asked, caller);
        AreaReports.check(query, policy);
        if (!caller.roles().contains(Roles.MANAGER)) {
            WholeMonths.check(query);
        }
        return query;
    }
}
