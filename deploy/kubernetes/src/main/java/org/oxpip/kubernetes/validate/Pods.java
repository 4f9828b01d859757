package org.oxpip.kubernetes.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oxpip.kubernetes.manifest.Resources;

/**
 * The pods a build will lead to, with their labels: those of our workloads' templates, those the operators
 * create for our custom resources (labels as CloudNativePG 1.30 and the Keycloak Operator 26.7.3 set them),
 * and two pods outside the namespace that the network rules are tried against: the ingress controller, and
 * a stranger in another namespace that carries the labels of reporting-service.
 */
record Pods(List<Pod> all) {

    static final String INGRESS_NAMESPACE = "ingress-nginx";

    record Pod(String name, String namespace, Map<String, String> labels) {
        Map<String, String> namespaceLabels() {
            return Map.of("kubernetes.io/metadata.name", namespace);
        }
    }

    static Pods of(List<? extends JsonNode> resources) {
        List<Pod> pods = new ArrayList<>();
        String namespace = "default";
        for (JsonNode resource : resources) {
            String ns = Resources.namespace(resource).isEmpty() ? "default" : Resources.namespace(resource);
            switch (Resources.kind(resource)) {
                case "Deployment", "StatefulSet" ->
                    pods.add(new Pod(
                            Resources.name(resource),
                            ns,
                            labels(resource.path("spec")
                                    .path("template")
                                    .path("metadata")
                                    .path("labels"))));
                case "Cluster" -> {
                    Map<String, String> labels = labels(
                            resource.path("spec").path("inheritedMetadata").path("labels"));
                    labels.put("cnpg.io/cluster", Resources.name(resource));
                    labels.put("cnpg.io/podRole", "instance");
                    pods.add(new Pod(Resources.name(resource), ns, labels));
                }
                case "Keycloak" -> {
                    Map<String, String> labels = new HashMap<>();
                    labels.put("app", "keycloak");
                    labels.put("app.kubernetes.io/managed-by", "keycloak-operator");
                    labels.put("app.kubernetes.io/instance", Resources.name(resource));
                    pods.add(new Pod(Resources.name(resource), ns, labels));
                }
                default -> {
                    continue;
                }
            }
            namespace = ns;
        }
        pods.add(new Pod("ingress-controller", INGRESS_NAMESPACE, Map.of("app.kubernetes.io/name", "ingress-nginx")));
        pods.add(new Pod("stranger", namespace + "-elsewhere", Map.of("app.kubernetes.io/name", "reporting-service")));
        return new Pods(pods);
    }

    Pod named(String name) {
        return all.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new HashMap<>();
        node.fields().forEachRemaining(f -> labels.put(f.getKey(), f.getValue().asText()));
        return labels;
    }
}
