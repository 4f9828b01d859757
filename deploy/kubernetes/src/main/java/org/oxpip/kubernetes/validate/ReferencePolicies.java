package org.oxpip.kubernetes.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.oxpip.kubernetes.manifest.Resources;

/**
 * Objects that must point at something in the same build: a Service at a workload's pods (and at a port the
 * pods have), an autoscaler at a workload, a disruption budget at pods, an Ingress at a Service and its port.
 * Also: no Secret with data, and the images of the operators' custom resources pinned.
 */
final class ReferencePolicies {

    private ReferencePolicies() {}

    static void check(List<? extends JsonNode> resources, List<Finding> findings) {
        List<JsonNode> workloads = new ArrayList<>();
        Set<String> serviceNames = new HashSet<>();
        for (JsonNode r : resources) {
            switch (Resources.kind(r)) {
                case "Deployment", "StatefulSet" -> workloads.add(r);
                case "Service" -> serviceNames.add(Resources.name(r));
                // Services the operators create for the custom resources.
                case "Keycloak" -> serviceNames.add(Resources.name(r) + "-service");
                case "Cluster" ->
                    serviceNames.addAll(
                            List.of(Resources.name(r) + "-rw", Resources.name(r) + "-ro", Resources.name(r) + "-r"));
                default -> {}
            }
        }
        for (JsonNode r : resources) {
            String id = Resources.id(r);
            switch (Resources.kind(r)) {
                case "Service" -> service(r, workloads, id, findings);
                case "HorizontalPodAutoscaler" -> {
                    String target = r.path("spec")
                                    .path("scaleTargetRef")
                                    .path("kind")
                                    .asText() + "/"
                            + r.path("spec").path("scaleTargetRef").path("name").asText();
                    if (workloads.stream()
                            .noneMatch(w -> (Resources.kind(w) + "/" + Resources.name(w)).equals(target))) {
                        findings.add(new Finding(
                                Rule.DANGLING_REFERENCE, id, "scales " + target + ", which is not in the build"));
                    }
                }
                case "PodDisruptionBudget" -> {
                    if (workloads.stream()
                            .noneMatch(w -> Selectors.matches(r.path("spec").path("selector"), labels(w)))) {
                        findings.add(new Finding(Rule.DANGLING_REFERENCE, id, "selects no workload's pods"));
                    }
                }
                case "Ingress" -> IngressPolicies.check(r, resources, serviceNames, findings);
                case "Secret" -> {
                    if (r.path("data").size() > 0 || r.path("stringData").size() > 0) {
                        findings.add(new Finding(
                                Rule.SECRET_WITH_DATA, id, "Secrets are created outside git (README \"Secrets\")"));
                    }
                }
                case "Cluster" ->
                    ContainerPolicies.image(r.path("spec").path("imageName").asText(""), id, findings);
                case "Keycloak" ->
                    ContainerPolicies.image(r.path("spec").path("image").asText(""), id, findings);
                default -> {}
            }
        }
    }

    private static void service(JsonNode service, List<JsonNode> workloads, String id, List<Finding> findings) {
        JsonNode selector = service.path("spec").path("selector");
        List<JsonNode> selected = selector.isEmpty()
                ? List.of()
                : workloads.stream()
                        .filter(w -> Selectors.matchesMap(selector, labels(w)))
                        .toList();
        if (selected.isEmpty()) {
            findings.add(
                    new Finding(Rule.DANGLING_REFERENCE, id, "selects no workload's pods (selector " + selector + ")"));
            return;
        }
        for (JsonNode port : service.path("spec").path("ports")) {
            JsonNode target = port.path("targetPort");
            if (target.isTextual() && selected.stream().noneMatch(w -> hasPortNamed(w, target.asText()))) {
                findings.add(new Finding(
                        Rule.DANGLING_REFERENCE,
                        id,
                        "targetPort " + target.asText() + " is no container port of the selected pods"));
            }
        }
    }

    static java.util.Map<String, String> labels(JsonNode workload) {
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        workload.path("spec")
                .path("template")
                .path("metadata")
                .path("labels")
                .fields()
                .forEachRemaining(f -> labels.put(f.getKey(), f.getValue().asText()));
        return labels;
    }

    private static boolean hasPortNamed(JsonNode workload, String name) {
        for (JsonNode container :
                workload.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode port : container.path("ports")) {
                if (name.equals(port.path("name").asText())) {
                    return true;
                }
            }
        }
        return false;
    }
}
