package org.oxpip.outcomes.imports;

/** Which measure of which family a row is: the key an import is made idempotent by. */
record MeasureKey(String externalRef, String instrument, String timepoint, String respondent) {

    boolean complete() {
        return externalRef != null && instrument != null && timepoint != null && respondent != null;
    }
}
