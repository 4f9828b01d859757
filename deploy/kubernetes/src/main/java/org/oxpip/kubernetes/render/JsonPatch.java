package org.oxpip.kubernetes.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6902 operations add, remove and replace, addressed with RFC 6901 pointers: the kind of patch our
 * overlays use. Other operations (move, copy, test) are refused, not ignored.
 */
public final class JsonPatch {

    private JsonPatch() {
    }

    public static void apply(ObjectNode document, JsonNode operations, String source) {
        if (!operations.isArray()) {
            throw new KustomizeException(source + ": a JSON 6902 patch is a list of operations");
        }
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText("");
            String path = operation.path("path").asText(null);
            if (path == null) {
                throw new KustomizeException(source + ": operation without a path");
            }
            List<String> tokens = parse(path, source);
            if (tokens.isEmpty()) {
                throw new KustomizeException(source + ": replacing the whole document is not supported");
            }
            JsonNode parent = locate(document, tokens.subList(0, tokens.size() - 1), path, source);
            String last = tokens.get(tokens.size() - 1);
            switch (op) {
                case "add" -> add(parent, last, value(operation, source), path, source);
                case "replace" -> replace(parent, last, value(operation, source), path, source);
                case "remove" -> remove(parent, last, path, source);
                default -> throw new KustomizeException(source + ": operation '" + op + "' is not supported");
            }
        }
    }

    static List<String> parse(String pointer, String source) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        if (!pointer.startsWith("/")) {
            throw new KustomizeException(source + ": '" + pointer + "' is not a JSON pointer");
        }
        List<String> tokens = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            // ~1 before ~0, as RFC 6901 says, so that "~01" becomes "~1" and not "/".
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static JsonNode value(JsonNode operation, String source) {
        if (!operation.has("value")) {
            throw new KustomizeException(source + ": operation '" + operation.path("op").asText() + "' needs a value");
        }
        return operation.get("value").deepCopy();
    }

    private static JsonNode locate(JsonNode document, List<String> tokens, String path, String source) {
        JsonNode node = document;
        for (String token : tokens) {
            node = node.isArray() ? node.get(index(token, node.size() - 1, path, source)) : node.get(token);
            if (node == null) {
                throw new KustomizeException(source + ": path " + path + " does not exist");
            }
        }
        return node;
    }

    private static void add(JsonNode parent, String token, JsonNode value, String path, String source) {
        if (parent instanceof ObjectNode object) {
            object.set(token, value);
        } else if (parent instanceof ArrayNode array) {
            if ("-".equals(token)) {
                array.add(value);
            } else {
                array.insert(index(token, array.size(), path, source), value);
            }
        } else {
            throw new KustomizeException(source + ": cannot add below a scalar at " + path);
        }
    }

    private static void replace(JsonNode parent, String token, JsonNode value, String path, String source) {
        if (parent instanceof ObjectNode object && object.has(token)) {
            object.set(token, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(index(token, array.size() - 1, path, source), value);
        } else {
            throw new KustomizeException(source + ": path " + path + " does not exist");
        }
    }

    private static void remove(JsonNode parent, String token, String path, String source) {
        if (parent instanceof ObjectNode object && object.has(token)) {
            object.remove(token);
        } else if (parent instanceof ArrayNode array) {
            array.remove(index(token, array.size() - 1, path, source));
        } else {
            throw new KustomizeException(source + ": path " + path + " does not exist");
        }
    }

    private static int index(String token, int max, String path, String source) {
        if (!token.matches("0|[1-9][0-9]*")) {
            throw new KustomizeException(source + ": '" + token + "' in " + path + " is not an array index");
        }
        int index = Integer.parseInt(token);
        if (index > max) {
            throw new KustomizeException(source + ": index " + index + " in " + path + " is out of range");
        }
        return index;
    }
}
