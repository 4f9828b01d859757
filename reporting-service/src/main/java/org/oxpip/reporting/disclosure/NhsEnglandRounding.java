package org.oxpip.reporting.disclosure;

import java.util.List;

/**
 * The stricter policy after NHS England practice: a count of 1–7 is suppressed, every other count
 * is rounded to the nearest 5, and rates are worked out from the rounded counts (a rate is
 * suppressed when its numerator or denominator is). No secondary suppression: with every shown
 * count rounded, subtracting from a total gives a range, never the hidden number; the same holds for a
 * trend's intervals and for an area's report subtracted from the whole.
 */
public final class NhsEnglandRounding implements DisclosurePolicy {

    static final long LARGEST_SUPPRESSED = 7;
    static final long SMALLEST_STATISTIC_BASE = 10;

    @Override
    public String name() {
        return "nhs-england";
    }

    @Override
    public Count count(long exact) {
        return small(exact) ? Count.hidden() : Count.of(rounded(exact));
    }

    @Override
    public Rate rate(long numerator, long denominator) {
        if (small(numerator) || small(denominator)) {
            return Rate.hidden();
        }
        return Rate.of(rounded(numerator), rounded(denominator));
    }

    @Override
    public List<Count> parts(long total, List<Long> parts) {
        return parts.stream().map(this::count).toList();
    }

    /** Each on its own: the period minus the shown intervals gives a range, never the hidden one. */
    @Override
    public List<Rate> intervals(List<ExactRate> intervals) {
        return intervals.stream()
                .map(exact -> rate(exact.numerator(), exact.denominator()))
                .toList();
    }

    /** Rounded figures subtracted from rounded figures give a range, never the rest's exact counts. */
    @Override
    public boolean publishesAreaReports() {
        return true;
    }

    @Override
    public boolean showsStatistic(long values) {
        return values >= SMALLEST_STATISTIC_BASE;
    }

    static long rounded(long count) {
        return Math.round(count / 5.0) * 5;
    }

    private static boolean small(long count) {
        return count >= 1 && count <= LARGEST_SUPPRESSED;
    }
}
