package org.oxpip.reporting.disclosure;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which intervals of a trend are hidden (docs/design.md, disclosure control). A trend's intervals add up to
 * the period: each episode closes in one interval, so the quarters' numerators and denominators add up to
 * the year's, which the summary report of the same period shows. A quarter hidden on its own would be the
 * year minus the other three. So whenever an interval with anyone in it is hidden and another is shown, the
 * shown intervals with the fewest in them (the smallest denominator) are hidden too, every one of them on a
 * tie. The hidden intervals then share one sum, and a reader who knows this rule can't tell how it splits:
 * swapping the figures of a hidden interval and a complementary one publishes the same trend.
 *
 * An interval with nobody in it (0 of 0) is hidden by the rate rule but needs no company: working it out
 * gives 0, which identifies nobody.
 */
final class TrendSuppression {

    private TrendSuppression() {}

    /** For each interval, in order, whether its rate is hidden; hiddenOnItsOwn is the policy's own rate rule. */
    static boolean[] hidden(List<ExactRate> intervals, Predicate<ExactRate> hiddenOnItsOwn) {
        boolean[] hidden = new boolean[intervals.size()];
        boolean someoneHidden = false;
        long fewestShown = Long.MAX_VALUE;
        for (int i = 0; i < intervals.size(); i++) {
            ExactRate interval = intervals.get(i);
            hidden[i] = hiddenOnItsOwn.test(interval);
            if (!hidden[i]) {
                fewestShown = Math.min(fewestShown, interval.denominator());
            } else if (interval.denominator() > 0) {
                someoneHidden = true;
            }
        }
        if (someoneHidden) {
            for (int i = 0; i < intervals.size(); i++) {
                hidden[i] |= intervals.get(i).denominator() == fewestShown;
            }
        }
        return hidden;
    }
}
