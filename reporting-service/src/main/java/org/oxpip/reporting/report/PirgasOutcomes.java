package org.oxpip.reporting.report;

/** Exact PIRGAS outcome counts over the families with paired scores (each family once). */
public record PirgasOutcomes(long families, long improved, long meaningfullyImproved, long reliablyDeteriorated) {}
