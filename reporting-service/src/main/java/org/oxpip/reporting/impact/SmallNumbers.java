package org.oxpip.reporting.impact;

import java.util.List;
import java.util.function.LongPredicate;
import org.oxpip.reporting.disclosure.DisclosurePolicy;

/**
 * What the reader's disclosure policy hides, learnt by asking the policy itself (disclosure/), so the
 * report's words ("fewer than 5 families") can never drift from the rule that hid the figure.
 *
 * @param policy the policy's name as the reports give it: none, default or nhs-england
 * @param smallestCount the smallest count shown (5: counts of 1 to 4 are hidden; 1: nothing is hidden)
 * @param smallestRateBase the smallest denominator a percentage is shown over
 * @param smallestWaitBase the fewest waits a median or 90th percentile is shown over
 * @param rounds whether shown counts are rounded (to the nearest 5)
 * @param protectsTotals whether a further cell of a breakdown is hidden so a hidden one can't be worked out
 */
record SmallNumbers(
        String policy,
        long smallestCount,
        long smallestRateBase,
        long smallestWaitBase,
        boolean rounds,
        boolean protectsTotals) {

    private static final long LARGEST_PROBE = 1000;

    static SmallNumbers of(DisclosurePolicy policy) {
        long smallestCount = first(n -> !policy.count(n).suppressed());
        return new SmallNumbers(
                policy.name(),
                smallestCount,
                first(n -> !policy.rate(n, n).suppressed()),
                first(policy::showsStatistic),
                policy.count(LARGEST_PROBE + 1).value() != LARGEST_PROBE + 1,
                // One small part beside a large one: is the large one hidden too?
                policy.parts(LARGEST_PROBE, List.of(1L, LARGEST_PROBE - 1))
                        .get(1)
                        .suppressed());
    }

    /** Whether this reader sees exact figures (a manager's own copy). */
    boolean exact() {
        return smallestCount == 1 && smallestRateBase == 1 && !rounds;
    }

    private static long first(LongPredicate shown) {
        for (long n = 1; n <= LARGEST_PROBE; n++) {
            if (shown.test(n)) {
                return n;
            }
        }
        throw new IllegalStateException("A disclosure policy hides every figure up to " + LARGEST_PROBE);
    }
}
