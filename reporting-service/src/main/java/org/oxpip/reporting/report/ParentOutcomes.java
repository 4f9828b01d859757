package org.oxpip.reporting.report;

/**
 * Exact outcome counts over the parents with paired scores on a measure (EPDS, or PHQ-9 and/or
 * GAD-7 combined).
 */
public record ParentOutcomes(
        long parents,
        long improved,
        long reliablyImproved,
        long reliablyDeteriorated,
        long atCasenessAtBaseline,
        long recovered,
        long reliablyRecovered) {}
