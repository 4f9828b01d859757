package org.oxpip.reporting.disclosure;

import java.util.Arrays;
import java.util.List;

/**
 * Which parts of a breakdown are hidden when the breakdown is published with its total (docs/design.md,
 * disclosure control): source types, areas and the triage outcome add up to received, closure reasons to
 * episodes closed. A reader who knows this rule, the total and every part shown must not be able to work
 * out any hidden part, whether by subtraction ("declined = received − accepted − redirected − pending") or
 * because the hidden parts could only add up one way (two hidden parts that add up to 2 are both 1).
 *
 * <ol>
 *   <li>A small total (1 to the largest suppressed count) is hidden itself: every part is hidden, zeros too.
 *   <li>Otherwise the small parts are hidden (primary suppression); a zero is shown, it identifies nobody.
 *   <li>When every non-zero part is small, every part is hidden, zeros too: the table is hidden as one.
 *   <li>When the hidden parts could be worked out, the parts still shown with the smallest non-zero value are
 *       hidden too (complementary suppression; every one of them on a tie, so no order gives one away).
 * </ol>
 *
 * The small parts could be worked out when there is one (the total minus the rest), when they are all 1 or
 * all the largest suppressed count (their sum allows no other split): each of k small parts is at least 1
 * and at most the largest suppressed count, so their sum S pins them unless k &lt; S &lt; k × largest.
 */
final class BreakdownSuppression {

    private final long largestSuppressed;

    BreakdownSuppression(long largestSuppressed) {
        this.largestSuppressed = largestSuppressed;
    }

    /** For each part, in order, whether it is hidden. */
    boolean[] hidden(long total, List<Long> parts) {
        boolean[] hidden = new boolean[parts.size()];
        if (hiddenAsOneTable(total, parts)) {
            Arrays.fill(hidden, true);
            return hidden;
        }
        long smallParts = 0;
        long smallSum = 0;
        for (int i = 0; i < parts.size(); i++) {
            long part = parts.get(i);
            if (small(part)) {
                hidden[i] = true;
                smallParts++;
                smallSum += part;
            }
        }
        if (smallParts > 0 && couldBeWorkedOut(smallParts, smallSum)) {
            hideSmallestShown(hidden, parts);
        }
        return hidden;
    }

    /** Rules 1 and 3: a small total, or small parts and no larger one beside them. */
    boolean hiddenAsOneTable(long total, List<Long> parts) {
        if (small(total)) {
            return true;
        }
        boolean anySmall = parts.stream().anyMatch(this::small);
        boolean anyLarger = parts.stream().anyMatch(part -> part > largestSuppressed);
        return anySmall && !anyLarger;
    }

    private boolean couldBeWorkedOut(long smallParts, long smallSum) {
        return smallParts == 1 || smallSum == smallParts || smallSum == smallParts * largestSuppressed;
    }

    private static void hideSmallestShown(boolean[] hidden, List<Long> parts) {
        long smallest = Long.MAX_VALUE;
        for (int i = 0; i < parts.size(); i++) {
            if (!hidden[i] && parts.get(i) > 0) {
                smallest = Math.min(smallest, parts.get(i));
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!hidden[i] && parts.get(i) == smallest) {
                hidden[i] = true;
            }
        }
    }

    private boolean small(long count) {
        return count >= 1 && count <= largestSuppressed;
    }
}
