package org.oxpip.kubernetes.overlays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.kubernetes.KubectlKustomize;
import org.oxpip.kubernetes.Layout;
import org.oxpip.kubernetes.manifest.Resources;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.kubernetes.overlays.Builds.SERVICES;
import static org.oxpip.kubernetes.overlays.Builds.get;
import static org.oxpip.kubernetes.overlays.Builds.ofKind;

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
            assertTrue(get(build, "HorizontalPodAutoscaler", service).path("spec").path("minReplicas").asInt() >= 2, service);
            assertEquals(1, get(build, "PodDisruptionBudget", service).path("spec").path("maxUnavailable").asInt(), service);
            assertEquals(0, deployment.path("spec").path("strategy").path("rollingUpdate").path("maxUnavailable").asInt(), service);
        }
        assertTrue(get(build, "Keycloak", "keycloak").path("spec").path("instances").asInt() >= 2);
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
            assertTrue(stores.contains(plugin.path("parameters").path("barmanObjectName").asText()), name);
            assertTrue(ofKind(build, "ScheduledBackup").anyMatch(b -> b.path("spec").path("cluster").path("name").asText().equals(name)
                    && b.path("spec").path("method").asText().equals("plugin")), name + " has a scheduled backup");
        }
        ofKind(build, "ObjectStore").forEach(s -> assertFalse(s.path("spec").path("retentionPolicy").asText().isEmpty()));
    }

    @Test
    void nothingIsExemptedFromThePoliciesInProduction() {
        build.forEach(r -> assertFalse(r.toString().contains("policy.oxpip.org/"), Resources.id(r)));
        assertEquals(0, ofKind(build, "Secret").count(), "Secrets are created outside git");
    }

    @Test
    void everyObjectLandsInTheOneNamespace() {
        build.forEach(r -> assertEquals("oxpip", Resources.namespace(r), Resources.id(r)));
    }
}
