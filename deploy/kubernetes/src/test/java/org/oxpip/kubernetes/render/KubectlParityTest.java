package org.oxpip.kubernetes.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.kubernetes.Layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keeps our renderer honest: where kubectl is installed, its kustomize must build exactly the same objects
 * (compared as JSON trees, keyed by kind/namespace/name; the order of the output is not compared).
 * Skipped where kubectl is absent, as on a fresh machine.
 */
class KubectlParityTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production", "src/test/resources/fixtures/overlay"})
    void rendersWhatKubectlKustomizeRenders(String directory) throws Exception {
        Path dir = Layout.ROOT.resolve(directory);
        String kubectl = kubectlKustomize(dir);
        Map<String, JsonNode> expected = byId(Yaml.readAll(kubectl, "kubectl kustomize " + directory).stream()
                .map(ObjectNode.class::cast).toList());
        Map<String, JsonNode> actual = byId(KustomizeRenderer.render(dir));
        assertEquals(expected.keySet(), actual.keySet(), "the same objects");
        for (String id : expected.keySet()) {
            assertEquals(expected.get(id), actual.get(id), id);
        }
    }

    private static Map<String, JsonNode> byId(List<ObjectNode> resources) {
        Map<String, JsonNode> map = new TreeMap<>();
        resources.forEach(r -> map.put(Resources.id(r), r));
        return map;
    }

    private static String kubectlKustomize(Path dir) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", "--load-restrictor=LoadRestrictionsNone", dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            Assumptions.abort("kubectl is not installed: " + e.getMessage());
            throw e;
        }
        byte[] out = process.getInputStream().readAllBytes();
        Assumptions.assumeTrue(process.waitFor(60, TimeUnit.SECONDS), "kubectl did not answer in time");
        assertEquals(0, process.exitValue(), "kubectl kustomize " + dir + " failed");
        return new String(out, StandardCharsets.UTF_8);
    }
}
