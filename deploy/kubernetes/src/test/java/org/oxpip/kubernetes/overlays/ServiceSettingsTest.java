package org.oxpip.kubernetes.overlays;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.kubernetes.overlays.Builds.SERVICES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.kubernetes.KubectlKustomize;
import org.oxpip.kubernetes.Layout;
import org.oxpip.kubernetes.manifest.Resources;

/**
 * Each service gets, in both overlays, every setting that must differ between environments, and every
 * variable we set is one the service reads: it names a key of the service's application.properties (as
 * Quarkus maps QUARKUS_REST_CLIENT_REFERRALS_URL to quarkus.rest-client.referrals.url) or a ${VARIABLE}
 * used there, or a key of the platform's configuration defaults (META-INF/microprofile-config.properties, which
 * every service takes). A service that renames a setting breaks this test instead of the deployment. Each
 * service's OXPIP_API_URL (the OpenAPI document's server) is its own public address in that environment.
 */
class ServiceSettingsTest {

    private static final Map<String, Set<String>> REQUIRED = Map.of(
            "referrals-service",
                    Set.of(
                            "QUARKUS_DATASOURCE_JDBC_URL",
                            "QUARKUS_DATASOURCE_USERNAME",
                            "QUARKUS_DATASOURCE_PASSWORD",
                            "QUARKUS_OIDC_AUTH_SERVER_URL",
                            "OXPIP_FRONTEND_ORIGIN",
                            "OXPIP_API_URL",
                            "OXPIP_OPENAPI_KEYCLOAK_URL"),
            "outcomes-service",
                    Set.of(
                            "QUARKUS_DATASOURCE_JDBC_URL",
                            "QUARKUS_DATASOURCE_USERNAME",
                            "QUARKUS_DATASOURCE_PASSWORD",
                            "QUARKUS_OIDC_AUTH_SERVER_URL",
                            "OXPIP_FRONTEND_ORIGIN",
                            "OXPIP_API_URL",
                            "OXPIP_OPENAPI_KEYCLOAK_URL",
                            "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET",
                            "QUARKUS_REST_CLIENT_REFERRALS_URL"),
            "reporting-service",
                    Set.of(
                            "QUARKUS_DATASOURCE_JDBC_URL",
                            "QUARKUS_DATASOURCE_USERNAME",
                            "QUARKUS_DATASOURCE_PASSWORD",
                            "QUARKUS_OIDC_AUTH_SERVER_URL",
                            "OXPIP_FRONTEND_ORIGIN",
                            "OXPIP_API_URL",
                            "OXPIP_OPENAPI_KEYCLOAK_URL",
                            "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET",
                            "QUARKUS_REST_CLIENT_REFERRALS_URL",
                            "QUARKUS_REST_CLIENT_OUTCOMES_URL"));

    @ParameterizedTest
    @ValueSource(strings = {"overlays/local", "overlays/production"})
    void everyServiceGetsTheSettingsItNeedsAndReadsTheOnesItGets(String overlay) throws IOException {
        List<ObjectNode> build = KubectlKustomize.render(Layout.ROOT.resolve(overlay));
        for (String service : SERVICES) {
            Set<String> variables = variables(build, Builds.get(build, "Deployment", service));
            assertTrue(
                    variables.containsAll(REQUIRED.get(service)), service + " lacks some of " + REQUIRED.get(service));
            // The service's own settings, and the defaults every service takes from the platform's jar.
            String properties = Files.readString(
                            Layout.ROOT.resolve("../../" + service + "/src/main/resources/application.properties"))
                    + "\n"
                    + Files.readString(Layout.ROOT.resolve(
                            "../../platform/src/main/resources/META-INF/microprofile-config.properties"));
            for (String variable : variables) {
                assertTrue(read(properties, variable), service + " reads no setting named by " + variable);
            }
        }
    }

    private static Set<String> variables(List<ObjectNode> build, ObjectNode deployment) {
        Set<String> variables = new HashSet<>();
        JsonNode container = Builds.container(deployment);
        container.path("env").forEach(e -> variables.add(e.path("name").asText()));
        for (JsonNode source : container.path("envFrom")) {
            String name = source.path("configMapRef").path("name").asText();
            Builds.ofKind(build, "ConfigMap")
                    .filter(c -> Resources.name(c).equals(name))
                    .forEach(c -> c.path("data").fieldNames().forEachRemaining(variables::add));
        }
        return variables;
    }

    private static boolean read(String properties, String variable) {
        if (properties.contains("${" + variable)) {
            return true;
        }
        for (String line : properties.split("\n")) {
            int equals = line.indexOf('=');
            if (line.startsWith("#") || equals < 0) {
                continue;
            }
            // A profile prefix (%test.) still shows that the service has the setting.
            String key = line.substring(0, equals).trim().replaceFirst("^%[a-z]+\\.", "");
            if (key.replaceAll("[.\\-\"]", "_").toUpperCase().equals(variable)) {
                return true;
            }
        }
        return false;
    }
}
