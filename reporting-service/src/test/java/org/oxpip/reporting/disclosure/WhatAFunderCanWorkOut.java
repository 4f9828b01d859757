package org.oxpip.reporting.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * What a reader can work out from published figures, by brute force: every exact table that the policy would
 * publish exactly as shown is one the reader can't rule out, so a hidden figure is safe when those tables give it
 * two or more values. The reader is assumed to know everything: the rule (this very code), the total, every
 * figure shown, and that a shown figure is exact (the default policy; rounded figures are not handled here).
 */
public final class WhatAFunderCanWorkOut {

    /** Totals tried where the total is hidden itself (the default policy hides 1-4). */
    static final long LARGEST_HIDDEN_TOTAL = 60;

    private WhatAFunderCanWorkOut() {}

    /** For each part of a breakdown listing every category (zeros too), the values it could have. */
    public static List<Set<Long>> parts(DisclosurePolicy policy, Count total, List<Count> shown) {
        return possibleParts(policy, total, shown, 0, policy::parts);
    }

    /** The same for a breakdown listing a category only where it is not zero (areas): each is 1 or more. */
    public static List<Set<Long>> listedParts(DisclosurePolicy policy, Count total, List<Count> shown) {
        return possibleParts(policy, total, shown, 1, policy::listedParts);
    }

    /**
     * For each interval of a trend, the exact rates it could have, given the trend and the summary of the same
     * period: its denominator as a count (pirgasFamilies, parentsMentalHealth.parents) and its rate.
     */
    public static List<Set<ExactRate>> intervals(
            DisclosurePolicy policy, List<Rate> shown, Count periodDenominator, Rate periodRate) {
        List<Set<ExactRate>> possible = emptySets(shown.size());
        List<Integer> hidden = new ArrayList<>();
        long shownNumerators = 0;
        long shownDenominators = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).suppressed()) {
                hidden.add(i);
            } else {
                shownNumerators += shown.get(i).numerator();
                shownDenominators += shown.get(i).denominator();
            }
        }
        for (long denominator : totals(policy, periodDenominator)) {
            for (long numerator = 0; numerator <= denominator; numerator++) {
                if (!policy.rate(numerator, denominator).equals(periodRate)) {
                    continue;
                }
                long numerators = numerator - shownNumerators;
                splits(denominator - shownDenominators, hidden.size(), 0, denominators -> {
                    splits(numerators, hidden.size(), 0, hiddenNumerators -> {
                        List<ExactRate> candidate = new ArrayList<>();
                        for (Rate rate : shown) {
                            candidate.add(
                                    rate.suppressed() ? null : new ExactRate(rate.numerator(), rate.denominator()));
                        }
                        for (int h = 0; h < hidden.size(); h++) {
                            if (hiddenNumerators[h] > denominators[h]) {
                                return;
                            }
                            candidate.set(hidden.get(h), new ExactRate(hiddenNumerators[h], denominators[h]));
                        }
                        if (policy.intervals(candidate).equals(shown)) {
                            for (int i = 0; i < candidate.size(); i++) {
                                possible.get(i).add(candidate.get(i));
                            }
                        }
                    });
                });
            }
        }
        return possible;
    }

    private static List<Set<Long>> possibleParts(
            DisclosurePolicy policy,
            Count total,
            List<Count> shown,
            long least,
            BiFunction<Long, List<Long>, List<Count>> publish) {
        List<Set<Long>> possible = emptySets(shown.size());
        long shownSum = shown.stream()
                .filter(c -> !c.suppressed())
                .mapToLong(Count::value)
                .sum();
        int hidden = (int) shown.stream().filter(Count::suppressed).count();
        for (long exactTotal : totals(policy, total)) {
            splits(exactTotal - shownSum, hidden, least, split -> {
                List<Long> candidate = new ArrayList<>();
                int next = 0;
                for (Count part : shown) {
                    candidate.add(part.suppressed() ? split[next++] : part.value());
                }
                if (publish.apply(exactTotal, candidate).equals(shown)) {
                    for (int i = 0; i < candidate.size(); i++) {
                        possible.get(i).add(candidate.get(i));
                    }
                }
            });
        }
        return possible;
    }

    /** The exact totals a published count could stand for. */
    private static List<Long> totals(DisclosurePolicy policy, Count published) {
        if (!published.suppressed()) {
            return List.of(published.value());
        }
        List<Long> totals = new ArrayList<>();
        for (long total = 0; total <= LARGEST_HIDDEN_TOTAL; total++) {
            if (policy.count(total).equals(published)) {
                totals.add(total);
            }
        }
        return totals;
    }

    /** Every way of splitting sum into cells, each at least least, in order. */
    private static void splits(long sum, int cells, long least, Consumer<long[]> each) {
        if (cells == 0) {
            if (sum == 0) {
                each.accept(new long[0]);
            }
            return;
        }
        split(sum, new long[cells], 0, least, each);
    }

    private static void split(long left, long[] cells, int cell, long least, Consumer<long[]> each) {
        if (cell == cells.length - 1) {
            if (left >= least) {
                cells[cell] = left;
                each.accept(cells);
            }
            return;
        }
        for (long value = least; value <= left; value++) {
            cells[cell] = value;
            split(left - value, cells, cell + 1, least, each);
        }
    }

    private static <T> List<Set<T>> emptySets(int size) {
        List<Set<T>> sets = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            sets.add(new LinkedHashSet<>());
        }
        return sets;
    }
}
