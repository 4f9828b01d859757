package org.oxpip.reporting.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oxpip.reporting.disclosure.Count;
import org.oxpip.reporting.disclosure.DisclosurePolicy;
import org.oxpip.reporting.disclosure.Rate;
import org.oxpip.reporting.report.SummaryReport.ActivitySection;
import org.oxpip.reporting.report.SummaryReport.CategoryCount;
import org.oxpip.reporting.report.SummaryReport.FeedbackSection;
import org.oxpip.reporting.report.SummaryReport.OutcomesSection;
import org.oxpip.reporting.report.SummaryReport.ParentMeasureOutcomes;
import org.oxpip.reporting.report.SummaryReport.ReferralsSection;
import org.oxpip.reporting.report.SummaryReport.WaitingSection;

/** Publishes exact figures as a summary report under a reader's disclosure policy. */
public final class SummaryAssembler {

    /** Listed even when nobody is in them, so a reader sees the whole list (docs/feeds.md). */
    static final List<String> SOURCE_TYPES =
            List.of("HEALTH_VISITOR", "MIDWIFE", "GP", "PERINATAL_MENTAL_HEALTH", "SOCIAL_CARE", "OTHER", "SELF");

    static final List<String> CLOSURE_REASONS =
            List.of("COMPLETED", "DID_NOT_ENGAGE", "MOVED_AWAY", "REFERRED_ON", "OTHER");
    static final String UNKNOWN = "UNKNOWN";

    /** How triage ended, or not yet: the four add up to received (ReferralFigures.pending). */
    static final List<String> TRIAGE_OUTCOMES = List.of("ACCEPTED", "DECLINED", "REDIRECTED", "PENDING");

    private SummaryAssembler() {}

    public static SummaryReport assemble(ReportQuery query, SummaryFigures figures, DisclosurePolicy policy) {
        ReferralFigures r = figures.referrals();
        Breakdowns b = figures.breakdowns();
        // One breakdown, so that a hidden outcome can't be worked out as received minus the other three.
        List<Count> triage =
                policy.parts(r.received(), List.of(r.accepted(), r.declined(), r.redirected(), r.pending()));
        Map<String, Long> byArea = byName(b.byArea());
        ReferralsSection referrals = new ReferralsSection(
                policy.count(r.received()),
                breakdown(r.received(), withAll(b.bySourceType(), SOURCE_TYPES), policy),
                categories(new ArrayList<>(byArea.keySet()), policy.listedParts(r.received(), values(byArea))),
                triageRate(triage.get(0), r.accepted(), r.received(), policy),
                triageRate(triage.get(1), r.declined(), r.received(), policy),
                triageRate(triage.get(2), r.redirected(), r.received(), policy),
                policy.rate(r.eligible(), r.received()),
                categories(TRIAGE_OUTCOMES, triage));
        boolean waitsShown = policy.showsStatistic(r.firstSessions()) && r.medianWaitDays() != null;
        WaitingSection waiting = new WaitingSection(
                policy.count(r.firstSessions()),
                waitsShown ? days(r.medianWaitDays()) : null,
                waitsShown ? days(r.p90WaitDays()) : null,
                !waitsShown && r.firstSessions() > 0);
        ActivitySection activity = new ActivitySection(
                policy.count(r.familiesSeen()),
                policy.count(r.episodesClosed()),
                breakdown(r.episodesClosed(), withAll(b.byClosureReason(), CLOSURE_REASONS), policy));
        return new SummaryReport(
                query.from(),
                query.to(),
                query.fundingStream(),
                query.fundingStreams(),
                query.area(),
                figures.dataAsOf(),
                policy.name(),
                referrals,
                waiting,
                activity,
                DeliveredAssembler.delivered(figures.delivered(), policy),
                DeliveredAssembler.reach(figures.reach(), policy),
                outcomes(figures.outcomes(), policy),
                feedback(figures.feedback(), policy),
                FigureDefinitions.of(figures.rules()));
    }

    static OutcomesSection outcomes(OutcomeFigures o, DisclosurePolicy policy) {
        PirgasOutcomes pirgas = o.pirgas();
        ParentMeasureOutcomes mentalHealth = parents(o.mentalHealth(), policy);
        return new OutcomesSection(
                policy.count(pirgas.families()),
                policy.rate(pirgas.improved(), pirgas.families()),
                policy.rate(pirgas.meaningfullyImproved(), pirgas.families()),
                policy.rate(pirgas.reliablyDeteriorated(), pirgas.families()),
                mentalHealth.improved(),
                mentalHealth,
                parents(o.epds(), policy),
                policy.count(o.satisfactionResponses()),
                policy.rate(o.satisfactionPositive(), o.satisfactionResponses()));
    }

    static FeedbackSection feedback(FeedbackFigures f, DisclosurePolicy policy) {
        return new FeedbackSection(
                policy.count(f.received()), f.quotesApproved() == null ? null : policy.count(f.quotesApproved()));
    }

    private static ParentMeasureOutcomes parents(ParentOutcomes p, DisclosurePolicy policy) {
        return new ParentMeasureOutcomes(
                policy.count(p.parents()),
                policy.rate(p.improved(), p.parents()),
                policy.rate(p.reliablyImproved(), p.parents()),
                policy.rate(p.reliablyDeteriorated(), p.parents()),
                policy.count(p.atCasenessAtBaseline()),
                policy.rate(p.recovered(), p.atCasenessAtBaseline()),
                policy.rate(p.reliablyRecovered(), p.atCasenessAtBaseline()));
    }

    /** A triage outcome's rate, hidden wherever the triage breakdown hides its count. */
    private static Rate triageRate(Count shown, long numerator, long received, DisclosurePolicy policy) {
        return shown.suppressed() ? Rate.hidden() : policy.rate(numerator, received);
    }

    static List<CategoryCount> breakdown(long total, Map<String, Long> parts, DisclosurePolicy policy) {
        return categories(new ArrayList<>(parts.keySet()), policy.parts(total, values(parts)));
    }

    /** The categories with their published counts; none where the policy lists none (an area table hidden whole). */
    static List<CategoryCount> categories(List<String> names, List<Count> shown) {
        List<CategoryCount> categories = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            categories.add(new CategoryCount(names.get(i), shown.get(i)));
        }
        return categories;
    }

    static List<Long> values(Map<String, Long> parts) {
        return List.copyOf(parts.values());
    }

    /** The known categories in their own order, zeros included, then any the feed brought that we don't know. */
    static Map<String, Long> withAll(Map<String, Long> counted, List<String> known) {
        Map<String, Long> all = new LinkedHashMap<>();
        known.forEach(name -> all.put(name, counted.getOrDefault(name, 0L)));
        counted.keySet().stream()
                .filter(name -> !all.containsKey(name))
                .sorted()
                .forEach(name -> all.put(name, counted.get(name)));
        return all;
    }

    /** Areas in alphabetical order, UNKNOWN last. */
    static Map<String, Long> byName(Map<String, Long> counted) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counted.keySet().stream()
                .sorted(Comparator.comparing((String name) -> name.equals(UNKNOWN))
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(name -> sorted.put(name, counted.get(name)));
        return sorted;
    }

    static BigDecimal days(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
