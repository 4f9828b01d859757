package org.oxpip.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.oxpip.systemtests.ApiDocuments.Endpoint;

/**
 * Bad bodies made from a valid one, field by field, guided by the endpoint's OpenAPI schema: wrong types,
 * missing required fields, unknown fields, strings one over their limit and far over it, deep nesting, invalid
 * UTF-8, numbers out of range, impossible dates, SQL and script fragments, huge arrays, broken JSON.
 *
 * <p>Every mutation is invalid whatever the service's own rules: only required fields are removed or nulled,
 * and SQL or script fragments only go where the value has a format (a date, an id, a code from a list, a
 * pattern, a person's name, a postcode, an NHS number), never into free text, where they are fine. Scalars are
 * never swapped for other scalars a lenient JSON reader turns back into the right type (42 for "42").
 */
final class BodyMutations {

    /** One bad body and what was done to the valid one. */
    record Mutation(String name, byte[] body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<String> FRAGMENTS = List.of(
            "'; DROP TABLE referral; --",
            "\" OR 1=1 --",
            "1; SELECT pg_sleep(5)",
            "<script>alert('oxpip')</script>",
            "${jndi:ldap://127.0.0.1/x}",
            "{{7*7}}",
            "../../../../etc/passwd",
            "\u0000",
            "\u202E\u0000\uFEFF",
            " ");

    /**
     * Raw byte sequences that are not UTF-8: a bad continuation, 0xFF, an overlong '/', a lone surrogate, a cut
     * three-byte sequence, a lone continuation byte, a code point above U+10FFFF, a five-byte form.
     */
    private static final List<byte[]> INVALID_UTF8 = List.of(
            bytes(0xC3, 0x28),
            bytes(0xFF, 0xFE),
            bytes(0xC0, 0xAF),
            bytes(0xED, 0xA0, 0x80),
            bytes(0xE2, 0x82),
            bytes(0x80),
            bytes(0xF4, 0x90, 0x80, 0x80),
            bytes(0xF8, 0x88, 0x80, 0x80, 0x80));

    private static final Set<String> NAMES_WITH_RULES = Set.of("givenName", "familyName", "postcode", "nhsNumber");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Under every service's body limit (outcomes-service: 64 KB), so the service itself must judge it. */
    private static final int HUGE = 60_000;

    private static final String MARKER = "MARKER7f3a9c";

    private final Endpoint endpoint;
    private final ObjectNode seed;
    private final List<Mutation> mutations = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private BodyMutations(Endpoint endpoint, ObjectNode seed) {
        this.endpoint = endpoint;
        this.seed = seed;
    }

    static List<Mutation> of(Endpoint endpoint, ObjectNode seed) {
        BodyMutations m = new BodyMutations(endpoint, seed);
        m.wholeBody();
        m.walk(endpoint.requestSchema(), List.of(), true);
        return m.mutations;
    }

    private void wholeBody() {
        raw("empty body", "");
        raw("null", "null");
        raw("an array", "[" + seed + "]");
        raw("a string", "\"" + seed.toString().replace("\"", "'") + "\"");
        raw("a number", "42");
        raw("cut short", seed.toString().substring(0, seed.toString().length() - 1));
        raw("trailing garbage", seed + "}}");
        raw("a comment", "/* hi */" + seed);
        raw("single quotes", seed.toString().replace('"', '\''));
        raw("NaN", seed.toString().replaceFirst("\\{", "{\"n\": NaN, "));
        raw("nested 2,000 deep", "[".repeat(2000) + "]".repeat(2000));
        raw("object nested 2,000 deep", "{\"a\":".repeat(2000) + "1" + "}".repeat(2000));
        raw("unclosed nesting", "{\"a\":[[[[[[[[");
        raw("2 MB, over every body limit", "{\"a\": \"" + "a".repeat(2_000_000) + "\"}");
        add("an unknown field", root -> ((ObjectNode) root).put("unexpected", "x"));
        add("an agencyId of our choosing", root -> ((ObjectNode) root).put("agencyId", "agency-b"));
        add("an id of our choosing", root -> ((ObjectNode) root).put("id", "00000000-0000-4000-8000-000000000000"));
        add("__proto__", root -> ((ObjectNode) root).putObject("__proto__").put("admin", true));
    }

    private void walk(JsonNode schemaOrRef, List<Object> path, boolean required) {
        if (schemaOrRef == null) {
            return;
        }
        JsonNode schema = endpoint.resolve(schemaOrRef);
        JsonNode value = at(seed, path);
        if (value == null) {
            return; // not in the valid body: nothing to mutate
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        String where = path.isEmpty() ? "body" : label(path);
        if (!path.isEmpty() && required) {
            set(where + " missing", path, null);
            set(where + " null", path, NODES.nullNode());
        }
        switch (type) {
            case "object" -> object(schema, path, where);
            case "array" -> array(schema, path, where);
            case "string" -> string(schema, path, where, required);
            case "integer", "number" -> number(schema, path, where);
            case "boolean" -> {
                set(where + " as a word", path, NODES.textNode("yes"));
                set(where + " false", path, NODES.booleanNode(false));
                set(where + " 0", path, NODES.numberNode(0));
            }
            default -> {}
        }
        if (!path.isEmpty() && !type.equals("object")) {
            set(where + " as an object", path, JSON.createObjectNode().put("value", "x"));
        }
        if (!path.isEmpty() && !type.equals("array")) {
            set(where + " as an array", path, JSON.createArrayNode().add("x").add(1));
        }
        if (!path.isEmpty()) {
            literal(where + " nested 2,000 deep", path, "[".repeat(2000) + "]".repeat(2000));
            literal(where + " nested 50 deep", path, "[".repeat(50) + "]".repeat(50));
        }
    }

    private void object(JsonNode schema, List<Object> path, String where) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (var property : schema.path("properties").properties()) {
            walk(property.getValue(), append(path, property.getKey()), required.contains(property.getKey()));
        }
        if (!path.isEmpty()) {
            set(where + " as text", path, NODES.textNode("x"));
            set(where + " as a number", path, NODES.numberNode(7));
            set(
                    where + " with an unknown field",
                    path,
                    ((ObjectNode) at(seed, path).deepCopy()).put("unexpected", 1));
        }
    }

    private void array(JsonNode schema, List<Object> path, String where) {
        ArrayNode valid = (ArrayNode) at(seed, path);
        if (valid.isEmpty()) {
            return;
        }
        // Removing the first item only makes the array too short when it has no more than its minimum.
        walk(
                schema.path("items"),
                append(path, 0),
                valid.size() <= schema.path("minItems").asInt(0));
        set(where + " as text", path, NODES.textNode("x"));
        set(where + " as an object", path, JSON.createObjectNode());
        int maxItems = schema.path("maxItems").asInt(-1);
        if (schema.path("minItems").asInt(0) > 0) {
            set(where + " empty", path, JSON.createArrayNode());
        }
        if (maxItems > 0) {
            set(where + " one item over its limit of " + maxItems, path, repeated(valid.get(0), maxItems + 1));
        }
        int many = Math.max(maxItems + 2, HUGE / (valid.get(0).toString().length() + 1));
        set(where + " with " + many + " items", path, repeated(valid.get(0), many));
        ArrayNode withNull = valid.deepCopy();
        withNull.insertNull(0);
        set(where + " with a null item", path, withNull);
    }

    private void string(JsonNode schema, List<Object> path, String where, boolean required) {
        int maxLength = schema.path("maxLength").asInt(-1);
        if (maxLength > 0) {
            set(where + " one over its limit of " + maxLength, path, NODES.textNode("a".repeat(maxLength + 1)));
            set(where + " twice its limit in multi-byte letters", path, NODES.textNode("é".repeat(2 * maxLength)));
        }
        set(where + " of " + HUGE + " characters", path, NODES.textNode("a".repeat(HUGE)));
        for (byte[] bad : INVALID_UTF8) {
            invalidUtf8(where + " with invalid UTF-8 " + hex(bad), path, bad);
        }
        String format = schema.path("format").asText("");
        boolean constrained = schema.has("enum")
                || format.equals("date")
                || format.equals("uuid")
                || (schema.has("pattern") && !schema.get("pattern").asText().equals("\\S"))
                || NAMES_WITH_RULES.contains(String.valueOf(path.get(path.size() - 1)));
        if (!constrained) {
            return; // free text: any characters are fine there, so fragments prove nothing
        }
        for (String fragment : FRAGMENTS) {
            if (required || !fragment.trim().isEmpty()) { // a blank optional value may fairly be read as "not given"
                set(where + " = " + printable(fragment), path, NODES.textNode(fragment));
            }
        }
        if (required) {
            set(where + " empty", path, NODES.textNode(""));
        }
        if (format.equals("date")) {
            for (String date : List.of(
                    "0000-00-00", "2024-02-30", "2024-13-01", "24-01-01", "2024-1-1", "9999-12-31", "01/02/2024")) {
                set(where + " = " + date, path, NODES.textNode(date));
            }
            set(where + " as a number", path, NODES.numberNode(20240101));
        }
        if (schema.has("enum")) {
            String first = schema.get("enum").get(0).asText();
            set(where + " = " + first.toLowerCase() + " (lower case)", path, NODES.textNode(first.toLowerCase()));
            set(where + " not in the list", path, NODES.textNode("NOT_IN_THE_LIST"));
        }
        if (format.equals("uuid")) {
            set(where + " not an id", path, NODES.textNode("not-an-id"));
            set(where + " an id with a bad digit", path, NODES.textNode("3f6c1a52-8d0e-4b7a-9a51-2f1f0b6f8c1z"));
        }
    }

    private void number(JsonNode schema, List<Object> path, String where) {
        for (String n : List.of(
                "-1", "4", "101", "2147483648", "-2147483649", "99999999999999999999999", "1.5", "1e400", "-0.0001")) {
            if (!withinDeclaredRange(schema, path, n)) {
                literal(where + " = " + n, path, n);
            }
        }
        set(where + " as text", path, NODES.textNode("2"));
        set(where + " true", path, NODES.booleanNode(true));
    }

    /**
     * A whole number inside the minimum and maximum a field (not an array item) declares is a valid value, not a
     * mutation (a session's durationMinutes, 1 to 480, takes 4 and 101). Array items keep every number: their
     * schema's range is wider than some instruments' own (a PHQ-9 item is 0 to 3), so 4 stays a test there.
     */
    private static boolean withinDeclaredRange(JsonNode schema, List<Object> path, String n) {
        if (!(path.get(path.size() - 1) instanceof String) || !schema.has("minimum") || !schema.has("maximum")) {
            return false;
        }
        try {
            long value = Long.parseLong(n);
            return value >= schema.get("minimum").asLong()
                    && value <= schema.get("maximum").asLong();
        } catch (NumberFormatException notWhole) {
            return false;
        }
    }

    private void raw(String name, String body) {
        add(new Mutation(name, body.getBytes(StandardCharsets.UTF_8)));
    }

    private void add(String name, java.util.function.Consumer<JsonNode> change) {
        JsonNode copy = seed.deepCopy();
        change.accept(copy);
        raw(name, copy.toString());
    }

    private void add(Mutation mutation) {
        if (names.add(mutation.name())) {
            mutations.add(mutation);
        }
    }

    /** The seed with the node at {@code path} replaced (or removed when {@code value} is null). */
    private void set(String name, List<Object> path, JsonNode value) {
        raw(name, replaced(path, v -> value).toString());
    }

    private JsonNode replaced(List<Object> path, Function<JsonNode, JsonNode> change) {
        JsonNode copy = seed.deepCopy();
        ContainerNode<?> parent = (ContainerNode<?>) at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        JsonNode value = change.apply(at(copy, path));
        if (parent instanceof ObjectNode o) {
            if (value == null) {
                o.remove((String) last);
            } else {
                o.set((String) last, value);
            }
        } else {
            ArrayNode a = (ArrayNode) parent;
            if (value == null) {
                a.remove((Integer) last);
            } else {
                a.set((Integer) last, value);
            }
        }
        return copy;
    }

    /** The seed with invalid bytes spliced into the string at {@code path}. */
    private void invalidUtf8(String name, List<Object> path, byte[] bad) {
        String text = replaced(path, v -> NODES.textNode("ab" + MARKER + "cd")).toString();
        int at = text.indexOf(MARKER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes(text.substring(at + MARKER.length()).getBytes(StandardCharsets.UTF_8));
        add(new Mutation(name, out.toByteArray()));
    }

    /** The seed with the JSON text {@code literal} written as it is at {@code path} (1e400 stays 1e400). */
    private void literal(String name, List<Object> path, String literal) {
        raw(name, replaced(path, v -> NODES.textNode(MARKER)).toString().replace("\"" + MARKER + "\"", literal));
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    private static String label(List<Object> path) {
        StringBuilder s = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                s.append('[').append(i).append(']');
            } else {
                s.append(s.length() == 0 ? "" : ".").append(step);
            }
        }
        return s.toString();
    }

    private static ArrayNode repeated(JsonNode item, int times) {
        ArrayNode array = JSON.createArrayNode();
        for (int i = 0; i < times; i++) {
            array.add(item.deepCopy());
        }
        return array;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02X", b));
        }
        return s.toString();
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints()
                .forEach(c -> out.append(
                        c < 32 || (c >= 0x200E && c <= 0x202E) || c == 0xFEFF
                                ? String.format("\\u%04X", c)
                                : Character.toString(c)));
        return out.toString();
    }
}
