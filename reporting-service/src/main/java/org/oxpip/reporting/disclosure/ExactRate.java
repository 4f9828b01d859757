package org.oxpip.reporting.disclosure;

/** An exact rate before disclosure control: how many met the definition, of how many. */
public record ExactRate(long numerator, long denominator) {}
