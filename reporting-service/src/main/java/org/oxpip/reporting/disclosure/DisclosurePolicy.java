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
     * out by subtraction.
     */
    List<Count> parts(long total, List<Long> parts);

    /** Whether a statistic over this many values (a median wait) may be shown. */
    boolean showsStatistic(long values);
}
