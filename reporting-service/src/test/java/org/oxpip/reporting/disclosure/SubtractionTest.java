package org.oxpip.reporting.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No figure the default policy hides can be worked out from what a funder sees, proven by brute force: every
 * exact table up to a size is published, tables published alike are grouped (a reader can't tell them apart,
 * knowing the rule, the total and every shown figure), and every hidden figure must take two or more values
 * within its group. The rules' own comments say why this holds at any size (BreakdownSuppression,
 * TrendSuppression): swapping a hidden part with a complementary one publishes the same table.
 */
class SubtractionTest {

    private final SmallNumberSuppression policy = new SmallNumberSuppression();

    @Test
    @DisplayName("declined = received − accepted − redirected − pending: no triage outcome can be worked out")
    void shouldKeepEveryHiddenTriageOutcomeFromBeingReceivedMinusTheOthers() {
        assertEquals(List.of(), pinnedParts(4, 0, 16, policy::parts));
    }

    @Test
    @DisplayName("did not engage = episodes closed − the other four reasons: no closure reason can be worked out")
    void shouldKeepEveryHiddenClosureReasonFromBeingClosedMinusTheOthers() {
        assertEquals(List.of(), pinnedParts(5, 0, 12, policy::parts));
    }

    @Test
    @DisplayName("a part = the total − the other part(s), in any breakdown of one to three parts")
    void shouldKeepEveryHiddenPartOfASmallBreakdownFromBeingTheTotalMinusTheRest() {
        assertEquals(List.of(), pinnedParts(1, 0, 40, policy::parts));
        assertEquals(List.of(), pinnedParts(2, 0, 40, policy::parts));
        assertEquals(List.of(), pinnedParts(3, 0, 24, policy::parts));
    }

    @Test
    @DisplayName("an area = received − the other areas, where each listed area has a referral or more")
    void shouldKeepEveryHiddenAreaFromBeingReceivedMinusTheOtherAreas() {
        for (int areas = 1; areas <= 4; areas++) {
            assertEquals(List.of(), pinnedParts(areas, 1, 16, policy::listedParts), areas + " areas");
        }
        // Five areas and five referrals, every area hidden: listing them would say one each.
        assertEquals(List.of(), policy.listedParts(5, List.of(1L, 1L, 1L, 1L, 1L)));
    }

    @Test
    @DisplayName("a hidden year = the period's figure (its summary) − the other year")
    void shouldKeepAHiddenYearFromBeingThePeriodMinusTheOtherYear() {
        assertEquals(List.of(), pinnedIntervals(2, 24, 16));
    }

    @Test
    @DisplayName("a hidden quarter = the period's figure (its summary) − the other quarters")
    void shouldKeepAHiddenQuarterFromBeingThePeriodMinusTheOtherQuarters() {
        assertEquals(List.of(), pinnedIntervals(3, 13, 11));
    }

    @Test
    void shouldFindAPinnedPartWhereThereIsOne() {
        // The brute force itself: primary suppression alone leaves "pending = 13 − 12 − 0 − 0" to be worked out.
        BiFunction<Long, List<Long>, List<Count>> primaryOnly =
                (total, parts) -> parts.stream().map(policy::count).toList();
        assertEquals(true, pinnedParts(4, 0, 16, primaryOnly).contains("[12, 0, 0, 1] part 3"));
    }

    @Test
    void shouldWorkOutWhatTheFiguresGiveAway() {
        // The brute force of the API tests, on a policy with primary suppression alone: what it leaves is found.
        DisclosurePolicy primaryOnly = new PrimaryOnly();
        assertEquals(
                List.of(Set.of(12L), Set.of(0L), Set.of(0L), Set.of(1L)),
                WhatAFunderCanWorkOut.parts(
                        primaryOnly, Count.of(13), List.of(Count.of(12), Count.of(0), Count.of(0), Count.hidden())));
        assertEquals(
                List.of(Set.of(new ExactRate(5, 5)), Set.of(new ExactRate(11, 14))),
                WhatAFunderCanWorkOut.intervals(
                        primaryOnly, List.of(Rate.hidden(), Rate.of(11, 14)), Count.of(19), Rate.of(16, 19)));
        // The default policy leaves pending 1 to 4 (accepted 12 to 9) or the other way round.
        assertEquals(
                Set.of(1L, 2L, 3L, 4L, 9L, 10L, 11L, 12L),
                WhatAFunderCanWorkOut.parts(
                                policy, Count.of(13), List.of(Count.hidden(), Count.of(0), Count.of(0), Count.hidden()))
                        .get(3));
        // Five areas listed with five referrals, hidden: each could only be 1. Listed as none, nothing is told.
        assertEquals(
                List.of(Set.of(1L), Set.of(1L), Set.of(1L), Set.of(1L), Set.of(1L)),
                WhatAFunderCanWorkOut.listedParts(
                        primaryOnly, Count.of(5), java.util.Collections.nCopies(5, Count.hidden())));
    }

    /** The default policy without its protection against subtraction, as before issue 14. */
    private static final class PrimaryOnly implements DisclosurePolicy {

        private final SmallNumberSuppression policy = new SmallNumberSuppression();

        @Override
        public String name() {
            return "primary only";
        }

        @Override
        public Count count(long exact) {
            return policy.count(exact);
        }

        @Override
        public Rate rate(long numerator, long denominator) {
            return policy.rate(numerator, denominator);
        }

        @Override
        public List<Count> parts(long total, List<Long> parts) {
            return parts.stream().map(this::count).toList();
        }

        @Override
        public List<Rate> intervals(List<ExactRate> intervals) {
            return intervals.stream()
                    .map(interval -> rate(interval.numerator(), interval.denominator()))
                    .toList();
        }

        @Override
        public boolean publishesAreaReports() {
            return true;
        }

        @Override
        public boolean showsStatistic(long values) {
            return policy.showsStatistic(values);
        }
    }

    /** Every table of parts (each least..most) in which a hidden part has only one possible value. */
    private List<String> pinnedParts(int size, int least, int most, BiFunction<Long, List<Long>, List<Count>> publish) {
        Map<List<Object>, long[]> possible = new HashMap<>();
        Map<List<Object>, List<Long>> examples = new LinkedHashMap<>();
        tables(size, least, most, parts -> {
            long total = parts.stream().mapToLong(Long::longValue).sum();
            List<Object> published = List.of(policy.count(total), publish.apply(total, parts));
            long[] values = possible.computeIfAbsent(published, key -> new long[size]);
            for (int i = 0; i < size; i++) {
                values[i] |= 1L << parts.get(i);
            }
            examples.putIfAbsent(published, parts);
        });
        List<String> pinned = new ArrayList<>();
        examples.forEach((published, parts) -> {
            @SuppressWarnings("unchecked")
            List<Count> shown = (List<Count>) published.get(1);
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).suppressed() && Long.bitCount(possible.get(published)[i]) < 2) {
                    pinned.add(parts + " part " + i);
                }
            }
        });
        return pinned;
    }

    /**
     * Every trend (each interval n of d, d up to most; checked where every d is up to checked, so that the
     * intervals a reader can't rule out are never cut off at most) in which a hidden interval's numerator can be
     * worked out, unless it is 0, or its denominator, unless it is 0 or a count the policy shows on its own (the
     * summary of that interval alone shows it).
     */
    private List<String> pinnedIntervals(int size, int most, int checked) {
        List<ExactRate> rates = new ArrayList<>();
        for (long d = 0; d <= most; d++) {
            for (long n = 0; n <= d; n++) {
                rates.add(new ExactRate(n, d));
            }
        }
        Map<List<Object>, long[][]> possible = new HashMap<>();
        Map<List<Object>, List<ExactRate>> examples = new LinkedHashMap<>();
        tables(size, 0, rates.size() - 1, indexes -> {
            List<ExactRate> trend =
                    indexes.stream().map(i -> rates.get(i.intValue())).toList();
            long numerator = trend.stream().mapToLong(ExactRate::numerator).sum();
            long denominator = trend.stream().mapToLong(ExactRate::denominator).sum();
            List<Object> published =
                    List.of(policy.count(denominator), policy.rate(numerator, denominator), policy.intervals(trend));
            long[][] values = possible.computeIfAbsent(published, key -> new long[size][2]);
            for (int i = 0; i < size; i++) {
                values[i][0] |= 1L << trend.get(i).numerator();
                values[i][1] |= 1L << trend.get(i).denominator();
            }
            if (trend.stream().allMatch(rate -> rate.denominator() <= checked)) {
                examples.putIfAbsent(published, trend);
            }
        });
        List<String> pinned = new ArrayList<>();
        examples.forEach((published, trend) -> {
            @SuppressWarnings("unchecked")
            List<Rate> shown = (List<Rate>) published.get(2);
            for (int i = 0; i < shown.size(); i++) {
                long[] values = possible.get(published)[i];
                boolean numeratorKnown = Long.bitCount(values[0]) < 2 && values[0] != 1L;
                long denominator = Long.numberOfTrailingZeros(values[1]);
                boolean denominatorKnown = Long.bitCount(values[1]) < 2
                        && denominator > 0
                        && policy.count(denominator).suppressed();
                if (shown.get(i).suppressed() && (numeratorKnown || denominatorKnown)) {
                    pinned.add(trend + " interval " + i);
                }
            }
        });
        return pinned;
    }

    /** Every list of size values, each least..most. */
    private static void tables(int size, long least, long most, Consumer<List<Long>> each) {
        long[] values = new long[size];
        Arrays.fill(values, least);
        while (true) {
            each.accept(Arrays.stream(values).boxed().toList());
            int i = 0;
            while (i < size && ++values[i] > most) {
                values[i] = least;
                i++;
            }
            if (i == size) {
                return;
            }
        }
    }
}
