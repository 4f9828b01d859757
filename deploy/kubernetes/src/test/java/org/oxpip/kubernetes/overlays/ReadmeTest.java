package org.oxpip.kubernetes.overlays;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.kubernetes.KubectlKustomize;
import org.oxpip.kubernetes.Layout;
import org.oxpip.kubernetes.manifest.Yaml;

/** An operator following the README creates every Secret the manifests expect: each one is named there. */
class ReadmeTest {

    private static final String README = Yaml.read(Layout.ROOT.resolve("README.md"));
    private static final String LOCAL_SCRIPT = Yaml.read(Layout.LOCAL.resolve("create-secrets.sh"));

    @ParameterizedTest
    @ValueSource(strings = {"overlays/local", "overlays/production"})
    void everySecretTheManifestsNameIsExplained(String overlay) {
        List<ObjectNode> build = KubectlKustomize.render(Layout.ROOT.resolve(overlay));
        Set<String> secrets = new TreeSet<>();
        build.forEach(r -> collect(r, secrets));
        String explained = overlay.endsWith("local") ? LOCAL_SCRIPT : README;
        Set<String> missing = new TreeSet<>(secrets);
        missing.removeIf(s -> explained.contains(s));
        assertEquals(Set.of(), missing, "Secrets named by the manifests but not created by the instructions");
    }

    /** Every place our manifests name a Secret: key references, TLS, and the operators' secret fields. */
    private static void collect(JsonNode node, Set<String> secrets) {
        if (node.isObject()) {
            for (String field : List.of(
                    "secretKeyRef", "usernameSecret", "passwordSecret", "accessKeyId", "secretAccessKey", "secret")) {
                if (node.path(field).has("name")) {
                    secrets.add(node.path(field).path("name").asText());
                }
            }
            if (node.path("secretName").isTextual()) {
                secrets.add(node.path("secretName").asText());
            }
        }
        node.forEach(child -> collect(child, secrets));
    }
}
