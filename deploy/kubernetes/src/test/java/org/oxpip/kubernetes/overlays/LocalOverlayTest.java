package org.oxpip.kubernetes.overlays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.kubernetes.KubectlKustomize;
import org.oxpip.kubernetes.Layout;
import org.oxpip.kubernetes.manifest.Resources;
import org.oxpip.kubernetes.manifest.Yaml;

/** The local overlay runs the official Keycloak image in development mode with the very demo realm file. */
class LocalOverlayTest {

    private List<ObjectNode> build;

    @BeforeEach
    void render() {
        build = KubectlKustomize.render(Layout.LOCAL);
    }

    @Test
    void keycloakImportsTheDemoRealmFile() {
        ObjectNode keycloak = Builds.get(build, "Deployment", "keycloak");
        JsonNode container = Builds.container(keycloak);
        assertEquals("quay.io/keycloak/keycloak:26.7.3", container.path("image").asText());
        assertEquals("start-dev", container.path("args").get(0).asText());
        assertTrue(container.path("args").toString().contains("--import-realm"));
        String configMap = keycloak.path("spec")
                .path("template")
                .path("spec")
                .path("volumes")
                .get(0)
                .path("configMap")
                .path("name")
                .asText();
        ObjectNode realm = Builds.ofKind(build, "ConfigMap")
                .filter(c -> Resources.name(c).equals(configMap))
                .findFirst()
                .orElseThrow();
        assertEquals(
                Yaml.read(Layout.DEMO_REALM),
                realm.path("data").path("oxpip-realm.json").asText());
    }

    @Test
    void oneReplicaIsEnoughOnALaptop() {
        for (String service : Builds.SERVICES) {
            assertEquals(
                    1,
                    Builds.get(build, "HorizontalPodAutoscaler", service)
                            .path("spec")
                            .path("minReplicas")
                            .asInt());
        }
    }
}
