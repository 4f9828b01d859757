package org.oxpip.kubernetes.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oxpip.kubernetes.KubectlKustomize;
import org.oxpip.kubernetes.Layout;
import org.oxpip.kubernetes.manifest.Resources;
import org.oxpip.kubernetes.manifest.Yaml;

/**
 * The validation catches each kind of error: every test plants one error in an otherwise good build and
 * asserts that exactly that kind of finding, and no other, is reported.
 */
class PlantedErrorsTest {

    private static final ManifestValidator VALIDATOR = new ManifestValidator(Layout.DEMO_REALM);

    // --- against the official models ---

    @Test
    void unknownField() {
        assertReports(
                Rule.UNKNOWN_FIELD, Layout.PRODUCTION, "Deployment/referrals-service", d -> spec(d).put("replicaz", 2));
    }

    @Test
    void unknownFieldDeepInAPodTemplate() {
        assertReports(
                Rule.UNKNOWN_FIELD,
                Layout.PRODUCTION,
                "Deployment/outcomes-service",
                d -> container(d).with("livenessProbe").with("httpGet").put("paht", "/q/health/live"));
    }

    @Test
    void stringWhereTheTypeWantsANumber() {
        assertReports(
                Rule.WRONG_TYPE,
                Layout.PRODUCTION,
                "Deployment/referrals-service",
                d -> spec(d).put("revisionHistoryLimit", "5"));
    }

    @Test
    void numberWhereTheTypeWantsAString() {
        assertReports(
                Rule.WRONG_TYPE,
                Layout.PRODUCTION,
                "Service/reporting-service",
                s -> s.with("metadata").with("labels").put("version", 2));
    }

    @Test
    void stringWhereTheTypeWantsABoolean() {
        assertReports(
                Rule.WRONG_TYPE,
                Layout.PRODUCTION,
                "Deployment/referrals-service",
                d -> container(d).with("securityContext").put("readOnlyRootFilesystem", "true"));
    }

    @Test
    void scalarWhereTheTypeWantsAList() {
        assertReports(
                Rule.WRONG_TYPE,
                Layout.PRODUCTION,
                "Deployment/referrals-service",
                d -> d.with("spec").with("template").with("spec").put("topologySpreadConstraints", "hostname"));
    }

    @Test
    void missingRequiredField() {
        assertReports(
                Rule.MISSING_REQUIRED_FIELD,
                Layout.PRODUCTION,
                "Deployment/referrals-service",
                d -> spec(d).remove("selector"));
    }

    @Test
    void missingRequiredFieldOfAPort() {
        assertReports(
                Rule.MISSING_REQUIRED_FIELD,
                Layout.PRODUCTION,
                "Service/referrals-service",
                s -> ((ObjectNode) s.path("spec").path("ports").get(0)).remove("port"));
    }

    @Test
    void typeThatIsNotKnown() {
        assertReports(
                Rule.UNKNOWN_KIND,
                Layout.PRODUCTION,
                "HorizontalPodAutoscaler/referrals-service",
                h -> h.put("apiVersion", "autoscaling/v2beta2"));
    }

    // --- against our schemas of the custom resources ---

    @Test
    void unknownFieldOfACustomResource() {
        assertReports(Rule.UNKNOWN_FIELD, Layout.PRODUCTION, "Cluster/referrals-db", c -> spec(c).put("instancez", 3));
    }

    @Test
    void wrongTypeInACustomResource() {
        assertReports(Rule.WRONG_TYPE, Layout.PRODUCTION, "Cluster/outcomes-db", c -> spec(c).put("instances", "3"));
    }

    @Test
    void wrongTypeInABuiltInPartOfACustomResource() {
        assertReports(
                Rule.WRONG_TYPE,
                Layout.PRODUCTION,
                "Keycloak/keycloak",
                k -> spec(k).with("resources").with("limits").put("cpu", 2));
    }

    @Test
    void missingRequiredFieldOfACustomResource() {
        assertReports(
                Rule.MISSING_REQUIRED_FIELD,
                Layout.PRODUCTION,
                "ScheduledBackup/reporting-db-nightly",
                b -> spec(b).remove("cluster"));
    }

    @Test
    void invalidValueInACustomResource() {
        assertReports(
                Rule.INVALID_VALUE,
                Layout.PRODUCTION,
                "ObjectStore/oxpip-backups",
                o -> spec(o).put("retentionPolicy", "30 days"));
    }

    @Test
    void realmFieldKeycloakDoesNotHave() {
        assertReports(
                Rule.UNKNOWN_FIELD,
                Layout.PRODUCTION,
                "KeycloakRealmImport/oxpip-realm",
                r -> spec(r).with("realm").put("sslRequire", "all"));
    }

    // --- our policies ---

    @Test
    void missingProbe() {
        assertReports(
                Rule.MISSING_PROBE,
                Layout.PRODUCTION,
                "Deployment/reporting-service",
                d -> container(d).remove("readinessProbe"));
    }

    @Test
    void missingLimits() {
        assertReports(
                Rule.MISSING_RESOURCES,
                Layout.PRODUCTION,
                "Deployment/outcomes-service",
                d -> container(d).with("resources").remove("limits"));
    }

    @Test
    void rootUser() {
        assertReports(
                Rule.RUNS_AS_ROOT,
                Layout.PRODUCTION,
                "Deployment/referrals-service",
                d -> d.with("spec")
                        .with("template")
                        .with("spec")
                        .with("securityContext")
                        .put("runAsUser", 0));
    }

    @Test
    void containerNotRequiredToRunAsNonRoot() {
        assertReports(Rule.RUNS_AS_ROOT, Layout.LOCAL, "StatefulSet/outcomes-db", s -> {
            container(s).with("securityContext").put("runAsNonRoot", false);
        });
    }

    @Test
    void writableRootFilesystem() {
        assertReports(
                Rule.WRITABLE_ROOT_FILESYSTEM,
                Layout.PRODUCTION,
                "Deployment/referrals-service",
                d -> container(d).with("securityContext").put("readOnlyRootFilesystem", false));
    }

    @Test
    void writableRootFilesystemWithoutAReason() {
        assertReports(
                Rule.WRITABLE_ROOT_FILESYSTEM,
                Layout.LOCAL,
                "Deployment/keycloak",
                d -> d.with("spec")
                        .with("template")
                        .with("metadata")
                        .with("annotations")
                        .put(ContainerPolicies.WRITABLE_ROOT_EXEMPTION, " "));
    }

    @Test
    void privilegeEscalation() {
        assertReports(
                Rule.PRIVILEGE_ESCALATION,
                Layout.PRODUCTION,
                "Deployment/referrals-service",
                d -> container(d).with("securityContext").remove("allowPrivilegeEscalation"));
    }

    @Test
    void addedCapability() {
        assertReports(
                Rule.CAPABILITIES,
                Layout.PRODUCTION,
                "Deployment/referrals-service",
                d -> container(d)
                        .with("securityContext")
                        .with("capabilities")
                        .putArray("add")
                        .add("NET_ADMIN"));
    }

    @Test
    void noSeccompProfile() {
        assertReports(Rule.SECCOMP, Layout.PRODUCTION, "Deployment/referrals-service", d -> {
            container(d).with("securityContext").remove("seccompProfile");
            d.with("spec").with("template").with("spec").with("securityContext").remove("seccompProfile");
        });
    }

    @Test
    void secretWithData() {
        List<ObjectNode> resources = KubectlKustomize.render(Layout.PRODUCTION);
        ObjectNode secret = (ObjectNode) Yaml.readAll("""
                apiVersion: v1
                kind: Secret
                metadata: {name: referrals-db-app, namespace: oxpip}
                type: kubernetes.io/basic-auth
                stringData: {username: oxpip, password: hunter2}
                """, "planted").get(0);
        resources.add(secret);
        assertEquals(Set.of(Rule.SECRET_WITH_DATA), rules(VALIDATOR.validate(resources)));
    }

    @Test
    void latestTag() {
        assertReports(
                Rule.IMAGE_NOT_PINNED,
                Layout.PRODUCTION,
                "Deployment/referrals-service",
                d -> container(d).put("image", "ghcr.io/oxpip/referrals-service:latest"));
    }

    @Test
    void missingTag() {
        assertReports(
                Rule.IMAGE_NOT_PINNED,
                Layout.LOCAL,
                "StatefulSet/referrals-db",
                s -> container(s).put("image", "postgres"));
    }

    @Test
    void unpinnedImageOfACustomResource() {
        assertReports(
                Rule.IMAGE_NOT_PINNED,
                Layout.PRODUCTION,
                "Cluster/keycloak-db",
                c -> spec(c).put("imageName", "ghcr.io/cloudnative-pg/postgresql:latest"));
    }

    @Test
    void serviceSelectingNothing() {
        assertReports(
                Rule.DANGLING_REFERENCE,
                Layout.PRODUCTION,
                "Service/outcomes-service",
                s -> spec(s).with("selector").put("app.kubernetes.io/name", "outcome-service"));
    }

    @Test
    void autoscalerOfAMissingDeployment() {
        assertReports(
                Rule.DANGLING_REFERENCE,
                Layout.PRODUCTION,
                "HorizontalPodAutoscaler/outcomes-service",
                h -> spec(h).with("scaleTargetRef").put("name", "outcome-service"));
    }

    @Test
    void ingressRoutingTheFeeds() {
        assertReports(
                Rule.FEED_EXPOSED,
                Layout.PRODUCTION,
                "Ingress/oxpip-api",
                i -> ((ObjectNode) i.path("spec")
                                .path("rules")
                                .get(0)
                                .path("http")
                                .path("paths")
                                .get(0))
                        .put("path", "/api/v1"));
    }

    @Test
    void ingressRoutingEveryRealm() {
        assertReports(
                Rule.KEYCLOAK_EXPOSED,
                Layout.PRODUCTION,
                "Ingress/keycloak",
                i -> ((ObjectNode) i.path("spec")
                                .path("rules")
                                .get(0)
                                .path("http")
                                .path("paths")
                                .get(0))
                        .put("path", "/realms"));
    }

    @Test
    void ingressRoutingTheAdminConsole() {
        assertReports(Rule.KEYCLOAK_EXPOSED, Layout.PRODUCTION, "Ingress/keycloak", i -> {
            ArrayNode paths =
                    (ArrayNode) i.path("spec").path("rules").get(0).path("http").path("paths");
            paths.add(((ObjectNode) paths.get(0)).deepCopy().put("path", "/admin"));
        });
    }

    @Test
    void feedPolicyOpenToEveryNamespace() {
        assertReports(Rule.FEED_EXPOSED, Layout.PRODUCTION, "NetworkPolicy/outcomes-service", p -> {
            ObjectNode peer = (ObjectNode)
                    p.path("spec").path("ingress").get(0).path("from").get(1);
            peer.putObject("namespaceSelector");
        });
    }

    @Test
    void noNetworkPoliciesForTheFeeds() {
        List<ObjectNode> resources = KubectlKustomize.render(Layout.PRODUCTION);
        resources.removeIf(r -> Resources.kind(r).equals("NetworkPolicy")
                && Set.of("default-deny-ingress", "referrals-service").contains(Resources.name(r)));
        assertEquals(Set.of(Rule.FEED_EXPOSED), rules(VALIDATOR.validate(resources)));
    }

    @Test
    void databaseOpenToOtherPods() {
        assertReports(
                Rule.DATABASE_EXPOSED,
                Layout.LOCAL,
                "NetworkPolicy/referrals-db",
                p -> ((ObjectNode) p.path("spec")
                                .path("ingress")
                                .get(0)
                                .path("from")
                                .get(0))
                        .putObject("podSelector"));
    }

    @Test
    void neededConnectionBlocked() {
        assertReports(
                Rule.FLOW_BLOCKED,
                Layout.PRODUCTION,
                "NetworkPolicy/reporting-service",
                p -> ((ArrayNode) p.path("spec").path("egress")).remove(1));
    }

    // --- helpers ---

    private static void assertReports(Rule rule, Path overlay, String kindAndName, Consumer<ObjectNode> plant) {
        List<ObjectNode> resources = KubectlKustomize.render(overlay);
        ObjectNode target = resources.stream()
                .filter(r -> (Resources.kind(r) + "/" + Resources.name(r)).equals(kindAndName))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kindAndName + " is not in " + overlay));
        plant.accept(target);
        List<Finding> findings = VALIDATOR.validate(resources);
        assertEquals(
                Set.of(rule),
                rules(findings),
                () -> findings.stream().map(Finding::toString).collect(Collectors.joining("\n")));
    }

    private static Set<Rule> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).collect(Collectors.toCollection(TreeSet::new));
    }

    private static ObjectNode spec(ObjectNode resource) {
        return resource.with("spec");
    }

    private static ObjectNode container(ObjectNode workload) {
        JsonNode containers =
                workload.path("spec").path("template").path("spec").path("containers");
        return (ObjectNode) containers.get(0);
    }
}
