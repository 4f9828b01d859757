package org.oxpip.kubernetes.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.oxpip.kubernetes.manifest.Yaml;

/**
 * The realm of a KeycloakRealmImport is a Keycloak RealmRepresentation, whose schema is not published in a
 * form we can ship. We check it against the shape of deploy/keycloak/oxpip-realm.json instead, the realm
 * that real Keycloak 26.7.3 imports in the system tests, plus the fields only production uses (resource
 * realm-shape/production-only.yaml): every field must exist there, at the same place, with the same JSON
 * type (list items are compared with the union of the reference's items).
 */
final class RealmShape {

    private final JsonNode shape;

    RealmShape(JsonNode referenceRealm) {
        this.shape = merge(shapeOf(referenceRealm), shapeOf(productionOnly()));
    }

    private static JsonNode productionOnly() {
        String file = "/realm-shape/production-only.yaml";
        try (InputStream in = RealmShape.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("no " + file);
            }
            return Yaml.readAll(new String(in.readAllBytes(), StandardCharsets.UTF_8), file)
                    .get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void check(JsonNode realm, String path, String resource, List<Finding> findings) {
        check(realm, shape, path, resource, findings);
    }

    private static void check(JsonNode value, JsonNode shape, String path, String resource, List<Finding> findings) {
        String expected =
                shape.isObject() && shape.has("$type") ? shape.get("$type").asText() : "";
        String actual = TypeComparison.type(value);
        if (!expected.equals(actual)) {
            findings.add(new Finding(Rule.WRONG_TYPE, resource, path + ": expected " + expected + ", found " + actual));
            return;
        }
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode fieldShape = shape.path("fields").get(field.getKey());
                if (fieldShape == null) {
                    findings.add(new Finding(
                            Rule.UNKNOWN_FIELD,
                            resource,
                            path + "." + field.getKey()
                                    + " does not appear in the reference realm (deploy/keycloak/oxpip-realm.json)"));
                } else {
                    check(field.getValue(), fieldShape, path + "." + field.getKey(), resource, findings);
                }
            }
        } else if (value.isArray() && shape.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), shape.get("items"), path + "[" + i + "]", resource, findings);
            }
        }
    }

    /** {"$type": ..., "fields": {name: shape}} for objects, {"$type": "array", "items": shape} for lists. */
    private static ObjectNode shapeOf(JsonNode node) {
        ObjectNode shape = JsonNodeFactory.instance.objectNode();
        shape.put("$type", TypeComparison.type(node));
        if (node.isObject()) {
            ObjectNode fields = shape.putObject("fields");
            node.fields().forEachRemaining(f -> fields.set(f.getKey(), shapeOf(f.getValue())));
        } else if (node.isArray()) {
            ObjectNode items = null;
            for (JsonNode item : node) {
                items = items == null ? shapeOf(item) : merge(items, shapeOf(item));
            }
            if (items != null) {
                shape.set("items", items);
            }
        }
        return shape;
    }

    private static ObjectNode merge(ObjectNode a, ObjectNode b) {
        if (a.has("fields") && b.has("fields")) {
            ObjectNode fields = (ObjectNode) a.get("fields");
            b.get("fields")
                    .fields()
                    .forEachRemaining(f -> fields.set(
                            f.getKey(),
                            fields.has(f.getKey())
                                    ? merge((ObjectNode) fields.get(f.getKey()), (ObjectNode) f.getValue())
                                    : f.getValue()));
        } else if (a.has("items") && b.has("items")) {
            a.set("items", merge((ObjectNode) a.get("items"), (ObjectNode) b.get("items")));
        } else if (!a.has("items") && b.has("items")) {
            a.set("items", b.get("items"));
        }
        return a;
    }
}
