package org.oxpip.kubernetes.overlays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.oxpip.kubernetes.overlays.Builds.SERVICES;
import static org.oxpip.kubernetes.overlays.Builds.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oxpip.kubernetes.KubectlKustomize;
import org.oxpip.kubernetes.Layout;
import org.oxpip.kubernetes.manifest.Resources;
import org.oxpip.kubernetes.manifest.Yaml;

/**
 * Every patch of an overlay changes what it is meant to change. kustomize builds a patch whose target matches
 * nothing without a word (and the base value then ships), so each patch has a test here that asserts its
 * effect on the rendered overlay and that the base had something else; the test names the patch it covers
 * with {@link Covers}, and {@link #everyPatchOfAnOverlayHasATest} fails when an overlay gains a patch (or an
 * operation in one) that no test covers.
 */
class OverlayPatchesTest {

    /** The patch a test covers: "overlay: Kind[/name] op /path, op /path" (see {@link #describe}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Covers {
        String value();
    }

    @Test
    @Covers("local: HorizontalPodAutoscaler replace /spec/minReplicas, replace /spec/maxReplicas")
    void localRunsOneReplicaOfEachServiceAndAtMostTwo() {
        List<ObjectNode> base = KubectlKustomize.render(Layout.BASE);
        List<ObjectNode> local = KubectlKustomize.render(Layout.LOCAL);
        for (String service : SERVICES) {
            JsonNode patched = get(local, "HorizontalPodAutoscaler", service).path("spec");
            JsonNode original = get(base, "HorizontalPodAutoscaler", service).path("spec");
            assertEquals(1, patched.path("minReplicas").asInt(), service);
            assertEquals(2, patched.path("maxReplicas").asInt(), service);
            assertNotEquals(
                    original.path("minReplicas"), patched.path("minReplicas"), service + ": the base already had it");
            assertNotEquals(
                    original.path("maxReplicas"), patched.path("maxReplicas"), service + ": the base already had it");
        }
    }

    @Test
    @Covers(
            "local: Ingress/oxpip-api replace /spec/tls/0/hosts, replace /spec/rules/0/host, replace /spec/rules/1/host,"
                    + " replace /spec/rules/2/host")
    void localServesTheApisUnderLocalhostNames() {
        List<String> hosts =
                List.of("referrals.oxpip.localhost", "outcomes.oxpip.localhost", "reporting.oxpip.localhost");
        JsonNode patched = get(KubectlKustomize.render(Layout.LOCAL), "Ingress", "oxpip-api")
                .path("spec");
        JsonNode original = get(KubectlKustomize.render(Layout.BASE), "Ingress", "oxpip-api")
                .path("spec");
        assertEquals(hosts, texts(patched.path("tls").get(0).path("hosts")));
        List<String> ruleHosts = new ArrayList<>();
        patched.path("rules").forEach(rule -> ruleHosts.add(rule.path("host").asText()));
        assertEquals(hosts, ruleHosts);
        // Each rule keeps its own service: the host was replaced, the routing was not.
        for (int i = 0; i < hosts.size(); i++) {
            String service = hosts.get(i).substring(0, hosts.get(i).indexOf('.')) + "-service";
            patched.path("rules")
                    .get(i)
                    .path("http")
                    .path("paths")
                    .forEach(p -> assertEquals(
                            service,
                            p.path("backend").path("service").path("name").asText()));
        }
        assertFalse(original.toString().contains(".localhost"), "the base already had the local names");
    }

    @Test
    void everyPatchOfAnOverlayHasATest() throws IOException {
        Set<String> patches = new TreeSet<>();
        try (Stream<Path> overlays = Files.list(Layout.ROOT.resolve("overlays"))) {
            for (Path overlay : overlays.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .toList()) {
                patches.addAll(patches(overlay));
            }
        }
        Set<String> covered = Arrays.stream(OverlayPatchesTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Covers.class))
                .map(m -> m.getAnnotation(Covers.class).value())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                patches,
                covered,
                "each patch of overlays/*/kustomization.yaml needs a test here that asserts its"
                        + " effect (expected: the patches as they are; actual: the patches the tests cover)");
    }

    /** The patches of one overlay, described as the {@link Covers} annotations name them. */
    private static List<String> patches(Path overlay) {
        JsonNode kustomization = Yaml.readOne(overlay.resolve("kustomization.yaml"));
        for (String deprecated : List.of("patchesJson6902", "patchesStrategicMerge")) {
            assertFalse(kustomization.has(deprecated), overlay + ": " + deprecated + " is deprecated; use patches:");
        }
        List<String> described = new ArrayList<>();
        for (JsonNode patch : kustomization.path("patches")) {
            String text = patch.has("path")
                    ? Yaml.read(overlay.resolve(patch.path("path").asText()))
                    : patch.path("patch").asText();
            List<JsonNode> documents = Yaml.readAll(text, overlay + " patch");
            described.add(overlay.getFileName() + ": " + describe(patch.path("target"), documents));
        }
        return described;
    }

    /** "Kind[/name] op /path, ..." for a JSON 6902 patch; "Kind[/name] merge Kind/name" for a strategic merge patch. */
    private static String describe(JsonNode target, List<JsonNode> documents) {
        String on = target.path("kind").asText("*")
                + (target.has("name") ? "/" + target.path("name").asText() : "");
        String operations = documents.stream()
                .flatMap(d ->
                        d.isArray() ? operations(d) : Stream.of("merge " + Resources.kind(d) + "/" + Resources.name(d)))
                .collect(Collectors.joining(", "));
        return on + " " + operations;
    }

    private static Stream<String> operations(JsonNode list) {
        List<String> operations = new ArrayList<>();
        list.forEach(op ->
                operations.add(op.path("op").asText() + " " + op.path("path").asText()));
        return operations.stream();
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
