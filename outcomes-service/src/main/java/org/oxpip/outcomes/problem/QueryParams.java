package org.oxpip.outcomes.problem;

import java.util.List;

/**
 * Reads numeric query parameters ourselves: JAX-RS answers an unconvertible query parameter with
 * 404, where our API promises a 400 that names the field.
 */
public final class QueryParams {

    private QueryParams() {}

    /** The parameter's value, or the default when absent; a bad value adds a field error and gives the default. */
    public static int integer(String name, String raw, int byDefault, int min, int max, List<Problem.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return byDefault;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        errors.add(new Problem.FieldError(name, "must be a whole number from " + min + " to " + max));
        return byDefault;
    }
}
