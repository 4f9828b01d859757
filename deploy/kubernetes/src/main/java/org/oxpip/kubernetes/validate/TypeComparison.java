package org.oxpip.kubernetes.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares what we wrote with what the model read: a scalar whose JSON type changed on the way was
 * converted by Gson, which the API server would refuse. Strict on purpose: a quantity must be written as a
 * string ("1", "500m"), as the API server itself writes it back.
 */
final class TypeComparison {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TypeComparison() {}

    static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model wrote invalid JSON", e);
        }
    }

    static void compare(JsonNode input, JsonNode output, String path, String resource, List<Finding> findings) {
        if (input.isNull()) {
            return;
        }
        if (output == null || output.isMissingNode() || output.isNull()) {
            findings.add(
                    new Finding(Rule.UNKNOWN_FIELD, resource, path + ": dropped by the model (not a field of it)"));
            return;
        }
        if (input.isObject() && output.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = input.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                compare(field.getValue(), output.get(field.getKey()), path + "." + field.getKey(), resource, findings);
            }
        } else if (input.isArray() && output.isArray() && input.size() == output.size()) {
            for (int i = 0; i < input.size(); i++) {
                compare(input.get(i), output.get(i), path + "[" + i + "]", resource, findings);
            }
        } else if (!type(input).equals(type(output))) {
            findings.add(new Finding(
                    Rule.WRONG_TYPE,
                    resource,
                    path + ": expected " + type(output) + ", found " + type(input) + " (" + input + ")"));
        }
    }

    static String type(JsonNode node) {
        if (node.isTextual()) {
            return "string";
        } else if (node.isNumber()) {
            return "number";
        } else if (node.isBoolean()) {
            return "boolean";
        } else if (node.isArray()) {
            return "array";
        } else if (node.isObject()) {
            return "object";
        }
        return node.getNodeType().toString().toLowerCase();
    }
}
