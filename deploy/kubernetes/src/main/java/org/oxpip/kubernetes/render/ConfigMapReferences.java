package org.oxpip.kubernetes.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * After a generated ConfigMap got its hash suffix, the pods that name it must use the new name: kustomize's
 * name-reference step, for the places a pod spec can name a ConfigMap (envFrom, env valueFrom, volumes,
 * projected volumes), in pods and in the pod templates of workloads.
 */
final class ConfigMapReferences {

    private ConfigMapReferences() {
    }

    /** renamed: "namespace/old name" to new name. */
    static void update(List<ObjectNode> resources, Map<String, String> renamed) {
        for (ObjectNode resource : resources) {
            String namespace = Resources.namespace(resource);
            JsonNode podSpec = podSpec(resource);
            if (podSpec == null) {
                continue;
            }
            for (String containers : List.of("containers", "initContainers")) {
                for (JsonNode container : podSpec.path(containers)) {
                    for (JsonNode source : container.path("envFrom")) {
                        rename(source.get("configMapRef"), namespace, renamed);
                    }
                    for (JsonNode env : container.path("env")) {
                        rename(env.path("valueFrom").get("configMapKeyRef"), namespace, renamed);
                    }
                }
            }
            for (JsonNode volume : podSpec.path("volumes")) {
                rename(volume.get("configMap"), namespace, renamed);
                for (JsonNode source : volume.path("projected").path("sources")) {
                    rename(source.get("configMap"), namespace, renamed);
                }
            }
        }
    }

    static JsonNode podSpec(JsonNode resource) {
        return switch (Resources.kind(resource)) {
            case "Pod" -> resource.get("spec");
            case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" ->
                    resource.path("spec").path("template").get("spec");
            case "CronJob" -> resource.path("spec").path("jobTemplate").path("spec").path("template").get("spec");
            default -> null;
        };
    }

    private static void rename(JsonNode reference, String namespace, Map<String, String> renamed) {
        if (reference instanceof ObjectNode ref && ref.has("name")) {
            String newName = renamed.get(namespace + "/" + ref.get("name").asText());
            if (newName != null) {
                ref.put("name", newName);
            }
        }
    }
}
