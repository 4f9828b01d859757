package org.oxpip.feed;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks an item must pass before it is stored. The enumerations are checked by the database
 * (CHECK constraints); here are the ones whose failure could let personal data in: an area must be a
 * postcode district (a full postcode is personal), codes and labels must be short and plain.
 */
public final class FeedItemChecks {

    private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9 '_-]{1,40}");

    private FeedItemChecks() {}

    public static Optional<String> required(String field, Object value) {
        return value == null ? Optional.of(field + " is missing") : Optional.empty();
    }

    public static Optional<String> district(String field, String value) {
        return value == null || DISTRICT.matcher(value).matches()
                ? Optional.empty()
                : Optional.of(field + " is not a postcode district");
    }

    public static Optional<String> code(String field, String value) {
        return value == null || CODE.matcher(value).matches()
                ? Optional.empty()
                : Optional.of(field + " is not a plain code");
    }

    public static Optional<String> label(String field, String value) {
        return value == null || LABEL.matcher(value).matches()
                ? Optional.empty()
                : Optional.of(field + " is not a short label");
    }

    @SafeVarargs
    public static Optional<String> first(Optional<String>... checks) {
        return Arrays.stream(checks)
                .filter(Optional::isPresent)
                .map(Optional::get)
                .filter(Objects::nonNull)
                .findFirst();
    }
}
