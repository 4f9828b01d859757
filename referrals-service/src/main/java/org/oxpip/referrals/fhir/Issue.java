package org.oxpip.referrals.fhir;

/** One thing wrong with a FHIR request: where (a FHIRPath expression) and what, in our words only. */
public record Issue(String expression, String message) {}
