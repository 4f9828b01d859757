package org.oxpip.kubernetes.overlays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.kubernetes.overlays.Builds.SERVICES;
import static org.oxpip.kubernetes.overlays.Builds.get;
import static org.oxpip.kubernetes.overlays.Builds.ofKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.kubernetes.KubectlKustomize;
import org.oxpip.kubernetes.Layout;
import org.oxpip.kubernetes.manifest.Resources;

/** What issue 7 asks of production beyond the generic checks: high availability, backups, no demo anything. */
class ProductionOverlayTest {

    private List<ObjectNode> build;

    @BeforeEach
    void render() {
        build = KubectlKustomize.render(Layout.PRODUCTION);
    }

    @Test
    void everyServiceRunsAtLeastTwoReplicasAndSurvivesADrain() {
        for (String service : SERVICES) {
            ObjectNode deployment = get(build, "Deployment", service);
            assertFalse(deployment.path("spec").has("replicas"), service + ": the autoscaler owns the replica count");
            assertTrue(
                    get(build, "HorizontalPodAutoscaler", service)
                                    .path("spec")
                                    .path("minReplicas")
                                    .asInt()
                            >= 2,
                    service);
            assertEquals(
                    1,
                    get(build, "PodDisruptionBudget", service)
                            .path("spec")
                            .path("maxUnavailable")
                            .asInt(),
                    service);
            assertEquals(
                    0,
                    deployment
                            .path("spec")
                            .path("strategy")
                            .path("rollingUpdate")
                            .path("maxUnavailable")
                            .asInt(),
                    service);
        }
        assertTrue(get(build, "Keycloak", "keycloak")
                        .path("spec")
                        .path("instances")
                        .asInt()
                >= 2);
    }

    @Test
    void eachDatabaseIsAReplicatedClusterArchivingToObjectStorageWithNightlyBackups() {
        Set<String> clusters = ofKind(build, "Cluster").map(Resources::name).collect(Collectors.toSet());
        assertEquals(Set.of("referrals-db", "outcomes-db", "reporting-db", "keycloak-db"), clusters);
        Set<String> stores = ofKind(build, "ObjectStore").map(Resources::name).collect(Collectors.toSet());
        for (String name : clusters) {
            JsonNode spec = get(build, "Cluster", name).path("spec");
            assertTrue(spec.path("instances").asInt() >= 2, name);
            JsonNode plugin = spec.path("plugins").get(0);
            assertEquals("barman-cloud.cloudnative-pg.io", plugin.path("name").asText(), name);
            assertTrue(plugin.path("isWALArchiver").asBoolean(), name + " archives its WAL");
            assertTrue(
                    stores.contains(
                            plugin.path("parameters").path("barmanObjectName").asText()),
                    name);
            assertTrue(
                    ofKind(build, "ScheduledBackup")
                            .anyMatch(b -> b.path("spec")
                                            .path("cluster")
                                            .path("name")
                                            .asText()
                                            .equals(name)
                                    && b.path("spec").path("method").asText().equals("plugin")),
                    name + " has a scheduled backup");
        }
        ofKind(build, "ObjectStore")
                .forEach(s -> assertFalse(
                        s.path("spec").path("retentionPolicy").asText().isEmpty()));
    }

    @Test
    void nothingIsExemptedFromThePoliciesInProduction() {
        build.forEach(r -> assertFalse(r.toString().contains("policy.oxpip.org/"), Resources.id(r)));
        assertEquals(0, ofKind(build, "Secret").count(), "Secrets are created outside git");
    }

    @Test
    void onlyTheRealmOxpipFacesTheInternet() {
        JsonNode keycloak = get(build, "Ingress", "keycloak");
        // What a browser signing in and a partner's software fetching a token ask for.
        for (String path : List.of(
                "/realms/oxpip",
                "/realms/oxpip/.well-known/openid-configuration",
                "/realms/oxpip/protocol/openid-connect/auth",
                "/realms/oxpip/protocol/openid-connect/token",
                "/realms/oxpip/protocol/openid-connect/certs",
                "/realms/oxpip/login-actions/authenticate",
                "/realms/oxpip/account",
                "/resources/abc12/login/keycloak.v2/css/styles.css")) {
            assertTrue(routes(keycloak, path), path + " must be routed");
        }
        for (String path : List.of(
                "/realms/master",
                "/realms/master/protocol/openid-connect/token",
                "/realms/oxpip-test/protocol/openid-connect/token",
                "/admin",
                "/admin/master/console/",
                "/admin/realms/oxpip/users",
                "/health/ready",
                "/metrics",
                "/")) {
            ofKind(build, "Ingress")
                    .forEach(ingress -> assertFalse(routes(ingress, path), Resources.id(ingress) + " routes " + path));
        }
    }

    /** Whether the Ingress sends a request for the path anywhere: Exact, or Prefix by whole path elements. */
    private static boolean routes(JsonNode ingress, String request) {
        for (JsonNode rule : ingress.path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                String p = path.path("path").asText();
                boolean exact = path.path("pathType").asText().equals("Exact");
                if (request.equals(p)
                        || (!exact && (p.equals("/") || request.startsWith(p.endsWith("/") ? p : p + "/")))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void everyObjectLandsInTheOneNamespace() {
        build.forEach(r -> assertEquals("oxpip", Resources.namespace(r), Resources.id(r)));
    }
}
