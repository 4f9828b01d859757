package org.oxpip.kubernetes.manifest;

import com.fasterxml.jackson.databind.JsonNode;

/** Small accessors for Kubernetes objects held as JSON trees. */
public final class Resources {

    private Resources() {}

    public static String kind(JsonNode object) {
        return object.path("kind").asText("");
    }

    public static String apiVersion(JsonNode object) {
        return object.path("apiVersion").asText("");
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
}
