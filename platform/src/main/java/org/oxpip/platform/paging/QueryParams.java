package org.oxpip.platform.paging;

import java.util.List;
import org.oxpip.platform.problem.Problem;

/**
 * Reads numeric query parameters ourselves: JAX-RS answers an unconvertible one (page=abc) with 404,
 * where our API promises a 400 that names the field. The message states the range, never the value.
 */
public final class QueryParams {

    private QueryParams() {}

    /** The parameter's value, or the default when absent; a bad value adds a field error and gives the default. */
    public static int integer(
            String name, String raw, int byDefault, int min, int max, List<Problem.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return byDefault;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        errors.add(new Problem.FieldError(
                name,
                max == Integer.MAX_VALUE
                        ? "must be a whole number of " + min + " or more"
                        : "must be a whole number from " + min + " to " + max));
        return byDefault;
    }
}
