package org.oxpip.reporting.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The default policy of docs/design.md for funders: a count of 1–4 is suppressed; a rate is suppressed when
 * its numerator or denominator is, or when its denominator is below 10. A zero is shown: it identifies nobody.
 * What is shown together with a total is protected against subtraction: a breakdown with its total
 * ({@link BreakdownSuppression}), a trend's intervals with the period's own figure ({@link TrendSuppression}),
 * and no report filtered to one area, which the unfiltered report minus it would turn into the rest.
 */
public final class SmallNumberSuppression implements DisclosurePolicy {

    static final long LARGEST_SUPPRESSED = 4;
    static final long SMALLEST_DENOMINATOR = 10;

    private final BreakdownSuppression breakdowns = new BreakdownSuppression(LARGEST_SUPPRESSED);

    @Override
    public String name() {
        return "default";
    }

    @Override
    public Count count(long exact) {
        return small(exact) ? Count.hidden() : Count.of(exact);
    }

    @Override
    public Rate rate(long numerator, long denominator) {
        if (small(numerator) || small(denominator) || denominator < SMALLEST_DENOMINATOR) {
            return Rate.hidden();
        }
        return Rate.of(numerator, denominator);
    }

    @Override
    public List<Count> parts(long total, List<Long> parts) {
        boolean[] hidden = breakdowns.hidden(total, parts);
        List<Count> shown = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            shown.add(hidden[i] ? Count.hidden() : Count.of(parts.get(i)));
        }
        return List.copyOf(shown);
    }

    /**
     * Areas are listed only where they have a referral, so a listed area is known to have one or more. Where the
     * breakdown is hidden as one table, the number of areas alone could give them away (five areas and five
     * referrals: one each; four areas and a hidden total of at most 4: one each), so then none is listed.
     */
    @Override
    public List<Count> listedParts(long total, List<Long> parts) {
        return breakdowns.hiddenAsOneTable(total, parts) ? List.of() : parts(total, parts);
    }

    @Override
    public List<Rate> intervals(List<ExactRate> intervals) {
        boolean[] hidden = TrendSuppression.hidden(
                intervals, exact -> rate(exact.numerator(), exact.denominator()).suppressed());
        List<Rate> shown = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            ExactRate exact = intervals.get(i);
            shown.add(hidden[i] ? Rate.hidden() : rate(exact.numerator(), exact.denominator()));
        }
        return List.copyOf(shown);
    }

    /** Refused (403): an area's figures subtracted from the whole would give the rest, figure by figure. */
    @Override
    public boolean publishesAreaReports() {
        return false;
    }

    @Override
    public boolean showsStatistic(long values) {
        return values >= SMALLEST_DENOMINATOR;
    }

    private static boolean small(long count) {
        return count >= 1 && count <= LARGEST_SUPPRESSED;
    }
}
