package org.oxpip.kubernetes.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small accessors for Kubernetes objects held as JSON trees. */
public final class Resources {

    private Resources() {
    }

    public static String kind(JsonNode object) {
        return object.path("kind").asText("");
    }

    public static String apiVersion(JsonNode object) {
        return object.path("apiVersion").asText("");
    }

    /** The API group: "" for the core group ("v1"), otherwise the part before the slash. */
    public static String group(JsonNode object) {
        String apiVersion = apiVersion(object);
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    public static String name(JsonNode object) {
        return object.path("metadata").path("name").asText("");
    }

    public static String namespace(JsonNode object) {
        return object.path("metadata").path("namespace").asText("");
    }

    /** kind/namespace/name: what kustomize calls a resource id, and what must be unique in a build. */
    public static String id(JsonNode object) {
        return kind(object) + "/" + namespace(object) + "/" + name(object);
    }

    public static ObjectNode metadata(ObjectNode object) {
        JsonNode metadata = object.get("metadata");
        if (metadata instanceof ObjectNode m) {
            return m;
        }
        return object.putObject("metadata");
    }
}
