package org.oxpip.reporting.report;

/** Exact PIRGAS outcome counts over the families with paired scores (each family once). */
public record PirgasOutcomes(long families, long improved, long meaningfullyImproved, long reliablyDeteriorated) {

    static final PirgasOutcomes NONE = new PirgasOutcomes(0, 0, 0, 0);

    /** Two disjoint sets of families together. */
    PirgasOutcomes plus(PirgasOutcomes other) {
        return new PirgasOutcomes(
                families + other.families,
                improved + other.improved,
                meaningfullyImproved + other.meaningfullyImproved,
                reliablyDeteriorated + other.reliablyDeteriorated);
    }
}
