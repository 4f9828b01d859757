package org.oxpip.kubernetes.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxpip.kubernetes.Layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The renderer on a small build that uses each supported feature (the same build KubectlParityTest gives kubectl). */
class KustomizeRendererTest {

    private static final Path FIXTURE = Layout.ROOT.resolve("src/test/resources/fixtures/overlay");

    private static JsonNode find(List<ObjectNode> resources, String kind, String namePrefix) {
        return resources.stream().filter(r -> Resources.kind(r).equals(kind) && Resources.name(r).startsWith(namePrefix))
                .findFirst().orElseThrow();
    }

    @Test
    void generatedConfigMapsGetAHashedNameAndEveryReferenceFollows() {
        List<ObjectNode> resources = KustomizeRenderer.render(FIXTURE);
        String name = Resources.name(find(resources, "ConfigMap", "app-config"));
        assertEquals("app-config-55m5d6dmk5", name, "the suffix kubectl kustomize gives");
        JsonNode pod = find(resources, "Deployment", "app").path("spec").path("template").path("spec");
        assertEquals(name, pod.path("initContainers").get(0).path("envFrom").get(0).path("configMapRef").path("name").asText());
        assertEquals(name, pod.path("containers").get(0).path("env").get(0).path("valueFrom").path("configMapKeyRef").path("name").asText());
        assertEquals("not-generated", pod.path("containers").get(0).path("env").get(1).path("valueFrom").path("configMapKeyRef").path("name").asText());
        assertEquals(name, pod.path("volumes").get(0).path("configMap").path("name").asText());
        assertEquals(name, pod.path("volumes").get(1).path("projected").path("sources").get(0).path("configMap").path("name").asText());
        assertTrue(find(resources, "ConfigMap", "app-config").path("metadata").path("annotations").isMissingNode(), "no internal marks left");
    }

    @Test
    void imagesNamespacePatchesAndCustomImageFields() {
        List<ObjectNode> resources = KustomizeRenderer.render(FIXTURE);
        resources.forEach(r -> assertEquals("fixture", Resources.namespace(r)));
        assertEquals("registry.example.org:5000/example/app:2.0",
                find(resources, "Deployment", "app").path("spec").path("template").path("spec").path("containers").get(0).path("image").asText());
        assertEquals("example/widget@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                find(resources, "Widget", "widget").path("spec").path("widgetImage").asText());
        assertEquals(1, find(resources, "HorizontalPodAutoscaler", "app").path("spec").path("minReplicas").asInt());
        assertEquals(2, find(resources, "Service", "app").path("spec").path("ports").size());
    }

    @Test
    void refusesWhatItDoesNotImplement(@TempDir Path dir) throws IOException {
        for (String field : List.of("secretGenerator: [{name: s, literals: [a=b]}]", "commonLabels: {a: b}",
                "patchesStrategicMerge: [p.yaml]", "namePrefix: x-", "configMapGenerator: [{name: c, envs: [a.env]}]",
                "configMapGenerator: [{name: c, behavior: merge, literals: [a=b]}]")) {
            Files.writeString(dir.resolve("kustomization.yaml"), field + "\n");
            assertThrows(KustomizeException.class, () -> KustomizeRenderer.render(dir), field);
        }
    }

    @Test
    void refusesAStrategicMergePatch(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                resources: [cm.yaml]
                patches:
                  - target: {kind: ConfigMap}
                    patch: |-
                      apiVersion: v1
                      kind: ConfigMap
                      metadata: {name: c}
                      data: {a: b}
                """);
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        KustomizeException e = assertThrows(KustomizeException.class, () -> KustomizeRenderer.render(dir));
        assertTrue(e.getMessage().contains("JSON 6902"), e.getMessage());
    }

    @Test
    void refusesDuplicatesMissingFilesAndPatchesThatHitNothing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: [cm.yaml, cm.yaml]\n");
        assertThrows(KustomizeException.class, () -> KustomizeRenderer.render(dir));
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: [missing.yaml]\n");
        assertThrows(KustomizeException.class, () -> KustomizeRenderer.render(dir));
        Files.writeString(dir.resolve("kustomization.yaml"), """
                resources: [cm.yaml]
                patches:
                  - target: {kind: Secret}
                    patch: '[{op: remove, path: /data}]'
                """);
        assertThrows(KustomizeException.class, () -> KustomizeRenderer.render(dir));
    }
}
