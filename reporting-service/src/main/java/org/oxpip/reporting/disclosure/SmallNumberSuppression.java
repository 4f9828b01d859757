package org.oxpip.reporting.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The default policy of docs/design.md for funders: a count of 1–4 is suppressed; a rate is suppressed when its
 * numerator or denominator is, or when its denominator is below 10; and in a breakdown, where only
 * one cell (a part, or the total) is hidden, the smallest non-zero part still shown is hidden too, so
 * the hidden one can't be worked out by subtraction from the total. A zero is never hidden: it
 * identifies nobody.
 */
public final class SmallNumberSuppression implements DisclosurePolicy {

    static final long LARGEST_SUPPRESSED = 4;
    static final long SMALLEST_DENOMINATOR = 10;

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
        List<Count> shown = new ArrayList<>(parts.stream().map(this::count).toList());
        long hidden = shown.stream().filter(Count::suppressed).count() + (small(total) ? 1 : 0);
        if (hidden == 1) {
            smallestShownNonZero(shown, parts).ifPresent(index -> shown.set(index, Count.hidden()));
        }
        return List.copyOf(shown);
    }

    @Override
    public boolean showsStatistic(long values) {
        return values >= SMALLEST_DENOMINATOR;
    }

    private static java.util.Optional<Integer> smallestShownNonZero(List<Count> shown, List<Long> parts) {
        Integer smallest = null;
        for (int i = 0; i < parts.size(); i++) {
            if (!shown.get(i).suppressed()
                    && parts.get(i) > 0
                    && (smallest == null || parts.get(i) < parts.get(smallest))) {
                smallest = i;
            }
        }
        return java.util.Optional.ofNullable(smallest);
    }

    private static boolean small(long count) {
        return count >= 1 && count <= LARGEST_SUPPRESSED;
    }
}
