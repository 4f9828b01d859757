package org.oxpip.platform.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads a token claim as text whatever shape the JWT library hands it over in (a JSON-P value for our
 * own claims, a Java string or collection for the registered ones). Blank values count as absent.
 */
public final class Claims {

    public static final String AGENCY_ID = "agency_id";
    public static final String FUNDING_STREAMS = "funding_streams";
    public static final String AUTHORIZED_PARTY = "azp";

    private Claims() {}

    /** One value, or null when the claim is absent or blank. */
    public static String text(Object claim) {
        String text;
        if (claim == null || claim == JsonValue.NULL) {
            return null;
        } else if (claim instanceof JsonString json) {
            text = json.getString();
        } else {
            text = claim.toString();
        }
        return text.isBlank() ? null : text.strip();
    }

    /** Every value of a claim that is an array or a single string; empty when absent. */
    public static Set<String> texts(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(value -> add(values, value));
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> add(values, value));
        } else {
            add(values, claim);
        }
        return Set.copyOf(values);
    }

    private static void add(Set<String> values, Object value) {
        String text = text(value);
        if (text != null) {
            values.add(text);
        }
    }
}
