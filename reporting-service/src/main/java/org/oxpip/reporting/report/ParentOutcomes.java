package org.oxpip.reporting.report;

/**
 * Exact outcome counts over the parents with paired scores on a measure (EPDS, or PHQ-9 and/or
 * GAD-7 combined). {@code atCasenessAtFinal} is in no published figure (recovery is): it is counted so that
 * every flag of outcomes-service's outcomes can be compared with the SQL's (outcome-agreement).
 */
public record ParentOutcomes(
        long parents,
        long improved,
        long reliablyImproved,
        long reliablyDeteriorated,
        long atCasenessAtBaseline,
        long recovered,
        long reliablyRecovered,
        long atCasenessAtFinal) {

    static final ParentOutcomes NONE = new ParentOutcomes(0, 0, 0, 0, 0, 0, 0, 0);

    /** Two disjoint sets of parents together. */
    ParentOutcomes plus(ParentOutcomes other) {
        return new ParentOutcomes(
                parents + other.parents,
                improved + other.improved,
                reliablyImproved + other.reliablyImproved,
                reliablyDeteriorated + other.reliablyDeteriorated,
                atCasenessAtBaseline + other.atCasenessAtBaseline,
                recovered + other.recovered,
                reliablyRecovered + other.reliablyRecovered,
                atCasenessAtFinal + other.atCasenessAtFinal);
    }
}
