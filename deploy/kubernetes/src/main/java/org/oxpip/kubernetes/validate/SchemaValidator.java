package org.oxpip.kubernetes.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a custom resource against a structural schema in the form CRDs use (OpenAPI v3 subset: type,
 * properties, required, items, additionalProperties, enum, pattern, minimum, x-kubernetes-int-or-string,
 * x-kubernetes-preserve-unknown-fields). An object schema with properties refuses other fields, as the API
 * server prunes or (with kubectl's field validation) refuses them. One extension: x-oxpip-model names a
 * built-in Kubernetes type (e.g. V1ResourceRequirements) that the part is checked against with the models.
 */
final class SchemaValidator {

    private SchemaValidator() {}

    static void validate(JsonNode value, JsonNode schema, String path, String resource, List<Finding> findings) {
        if (value.isNull()) {
            return;
        }
        if (schema.has("x-oxpip-model")) {
            Class<?> model = model(schema.get("x-oxpip-model").asText());
            findings.addAll(ModelValidator.validate(value, model, resource, path));
            return;
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (!value.isTextual() && !value.isIntegralNumber()) {
                findings.add(new Finding(
                        Rule.WRONG_TYPE,
                        resource,
                        path + ": expected integer or string, found " + TypeComparison.type(value)));
            }
            return;
        }
        String type = schema.path("type").asText("");
        if (!hasType(value, type)) {
            findings.add(new Finding(
                    Rule.WRONG_TYPE,
                    resource,
                    path + ": expected " + type + ", found " + TypeComparison.type(value) + " (" + value + ")"));
            return;
        }
        checkValue(value, schema, path, resource, findings);
        if (value.isObject()) {
            checkObject(value, schema, path, resource, findings);
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(value.get(i), schema.get("items"), path + "[" + i + "]", resource, findings);
            }
        }
    }

    private static void checkObject(
            JsonNode value, JsonNode schema, String path, String resource, List<Finding> findings) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText()) || value.get(required.asText()).isNull()) {
                findings.add(new Finding(
                        Rule.MISSING_REQUIRED_FIELD, resource, path + "." + required.asText() + " is required"));
            }
        }
        if (schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            return;
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String fieldPath = path + "." + field.getKey();
            if (properties.has(field.getKey())) {
                validate(field.getValue(), properties.get(field.getKey()), fieldPath, resource, findings);
            } else if (additional != null && additional.isObject()) {
                validate(field.getValue(), additional, fieldPath, resource, findings);
            } else {
                findings.add(new Finding(Rule.UNKNOWN_FIELD, resource, fieldPath + " is not a field of the schema"));
            }
        }
    }

    private static void checkValue(
            JsonNode value, JsonNode schema, String path, String resource, List<Finding> findings) {
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                findings.add(new Finding(
                        Rule.INVALID_VALUE, resource, path + ": " + value + " is not one of " + schema.get("enum")));
            }
        }
        if (schema.has("pattern")
                && value.isTextual()
                && !Pattern.compile(schema.get("pattern").asText())
                        .matcher(value.asText())
                        .find()) {
            findings.add(new Finding(
                    Rule.INVALID_VALUE,
                    resource,
                    path + ": " + value + " does not match "
                            + schema.get("pattern").asText()));
        }
        if (schema.has("minimum")
                && value.isNumber()
                && value.asDouble() < schema.get("minimum").asDouble()) {
            findings.add(new Finding(
                    Rule.INVALID_VALUE, resource, path + ": " + value + " is below " + schema.get("minimum")));
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "" -> true;
            default -> throw new IllegalStateException("schema type " + type + " is not supported");
        };
    }

    private static Class<?> model(String simpleName) {
        try {
            return Class.forName("io.kubernetes.client.openapi.models." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no model " + simpleName, e);
        }
    }
}
