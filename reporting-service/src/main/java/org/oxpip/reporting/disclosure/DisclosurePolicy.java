package org.oxpip.reporting.disclosure;

import java.util.List;

/**
 * How exact figures are published to a reader. Pure: the same figures always give the same answer,
 * and nothing here reads the database or the clock.
 */
public interface DisclosurePolicy {

    /** The policy's name as the report shows it: none, default or nhs-england. */
    String name();

    Count count(long exact);

    Rate rate(long numerator, long denominator);

    /**
     * The parts of a breakdown that adds up to {@code total} (the total itself is published with
     * {@link #count}), in the same order, hiding more where a hidden part could otherwise be worked
     * out by subtraction. Every category is listed, zeros too.
     */
    List<Count> parts(long total, List<Long> parts);

    /**
     * The parts of a breakdown whose categories are listed only where they are not zero (areas): as
     * {@link #parts}, or no part at all where listing the categories would itself tell too much.
     */
    default List<Count> listedParts(long total, List<Long> parts) {
        return parts(total, parts);
    }

    /**
     * The rates of a trend's intervals, in order. The intervals add up to the period (each episode closes in
     * one), and the summary of the same period shows the whole, so this hides more where a hidden interval
     * could otherwise be worked out by subtraction.
     */
    List<Rate> intervals(List<ExactRate> intervals);

    /**
     * Whether a report filtered to one area may be published: subtracted from the unfiltered report it gives
     * the rest of the areas, which the policy must then protect too.
     */
    boolean publishesAreaReports();

    /** Whether a statistic over this many values (a median wait) may be shown. */
    boolean showsStatistic(long values);
}
