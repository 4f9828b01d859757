package org.oxpip.kubernetes.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.oxpip.kubernetes.manifest.ImageReference;

/**
 * Our rules for every container of every workload: probes, resource requests and limits, a non-root user,
 * a read-only root filesystem, no privilege escalation, no capabilities, the runtime's seccomp profile, and
 * a pinned image. A container may keep a writable root filesystem only when its pod template says why, in
 * the annotation policy.oxpip.org/writable-root-filesystem (the local Keycloak in development mode).
 */
final class ContainerPolicies {

    static final String WRITABLE_ROOT_EXEMPTION = "policy.oxpip.org/writable-root-filesystem";

    private ContainerPolicies() {}

    static void check(JsonNode template, String resource, List<Finding> findings) {
        JsonNode pod = template.path("spec");
        JsonNode podSecurity = pod.path("securityContext");
        String exemption = template.path("metadata")
                .path("annotations")
                .path(WRITABLE_ROOT_EXEMPTION)
                .asText("");
        for (String list : List.of("initContainers", "containers")) {
            for (JsonNode container : pod.path(list)) {
                String where = resource + " container " + container.path("name").asText("?");
                if (list.equals("containers")) {
                    probes(container, where, findings);
                }
                resources(container, where, findings);
                security(container.path("securityContext"), podSecurity, exemption, where, findings);
                image(container.path("image").asText(""), where, findings);
            }
        }
    }

    private static void probes(JsonNode container, String where, List<Finding> findings) {
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            if (!container.has(probe)) {
                findings.add(new Finding(Rule.MISSING_PROBE, where, "no " + probe));
            }
        }
    }

    private static void resources(JsonNode container, String where, List<Finding> findings) {
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (!container.path("resources").path(kind).has(resource)) {
                    findings.add(new Finding(Rule.MISSING_RESOURCES, where, "no " + kind + "." + resource));
                }
            }
        }
    }

    private static void security(
            JsonNode container, JsonNode pod, String exemption, String where, List<Finding> findings) {
        // A container's securityContext overrides its pod's for the fields both have.
        boolean nonRoot = effective(container, pod, "runAsNonRoot").asBoolean(false);
        JsonNode user = effective(container, pod, "runAsUser");
        if (!nonRoot || (user.isNumber() && user.asLong() == 0)) {
            findings.add(new Finding(Rule.RUNS_AS_ROOT, where, "runAsNonRoot is not true, or runAsUser is 0"));
        }
        if (!container.path("readOnlyRootFilesystem").asBoolean(false) && exemption.isBlank()) {
            findings.add(new Finding(
                    Rule.WRITABLE_ROOT_FILESYSTEM,
                    where,
                    "readOnlyRootFilesystem is not true (and the pod gives no reason in " + WRITABLE_ROOT_EXEMPTION
                            + ")"));
        }
        if (container.path("allowPrivilegeEscalation").asBoolean(true)
                || container.path("privileged").asBoolean(false)) {
            findings.add(new Finding(
                    Rule.PRIVILEGE_ESCALATION, where, "allowPrivilegeEscalation must be false, privileged unset"));
        }
        boolean dropsAll = false;
        for (JsonNode dropped : container.path("capabilities").path("drop")) {
            dropsAll |= "ALL".equals(dropped.asText());
        }
        if (!dropsAll || container.path("capabilities").path("add").size() > 0) {
            findings.add(new Finding(Rule.CAPABILITIES, where, "capabilities must drop ALL and add none"));
        }
        String seccomp =
                effective(container, pod, "seccompProfile").path("type").asText("");
        if (!seccomp.equals("RuntimeDefault") && !seccomp.equals("Localhost")) {
            findings.add(new Finding(Rule.SECCOMP, where, "seccompProfile must be RuntimeDefault (or Localhost)"));
        }
    }

    private static JsonNode effective(JsonNode container, JsonNode pod, String field) {
        return container.has(field) ? container.get(field) : pod.path(field);
    }

    static void image(String image, String where, List<Finding> findings) {
        ImageReference reference = ImageReference.parse(image);
        if (image.isBlank()) {
            findings.add(new Finding(Rule.IMAGE_NOT_PINNED, where, "no image"));
        } else if (reference.digest() == null
                && (reference.tag() == null || reference.tag().equals("latest"))) {
            findings.add(new Finding(Rule.IMAGE_NOT_PINNED, where, image + " has no pinned tag (or digest)"));
        }
    }
}
