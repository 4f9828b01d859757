package org.oxpip.kubernetes.overlays;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.kubernetes.KubectlKustomize;
import org.oxpip.kubernetes.Layout;
import org.oxpip.kubernetes.manifest.Yaml;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production realm is the demo realm of deploy/keycloak without the demo: same roles, same service
 * clients with the same mappers and service-account roles, but no partner agencies, people, secrets or
 * password grant. If the demo realm gains a role or a mapper, this test asks for it in production too.
 */
class RealmImportTest {

    private static final JsonNode DEMO = Yaml.readOne(Layout.DEMO_REALM);
    private JsonNode realmImport;
    private JsonNode production;

    @BeforeEach
    void render() {
        realmImport = Builds.get(KubectlKustomize.render(Layout.PRODUCTION), "KeycloakRealmImport", "oxpip-realm");
        production = realmImport.path("spec").path("realm");
    }

    @Test
    void sameRealmAndRoles() {
        assertEquals(DEMO.path("realm"), production.path("realm"));
        assertEquals(DEMO.path("roles"), production.path("roles"));
        assertEquals(DEMO.path("accessTokenLifespan"), production.path("accessTokenLifespan"));
    }

    @Test
    void theServiceClientsAndTheFrontendKeepTheirMappersAndGrants() {
        Map<String, JsonNode> demo = clients(DEMO);
        Map<String, JsonNode> productionClients = clients(production);
        assertEquals(Set.of("outcomes-service", "reporting-service", "oxpip-frontend"), productionClients.keySet());
        for (String id : productionClients.keySet()) {
            JsonNode d = demo.get(id);
            JsonNode p = productionClients.get(id);
            assertEquals(d.path("protocolMappers"), p.path("protocolMappers"), id);
            for (String field : new String[] {"publicClient", "serviceAccountsEnabled", "standardFlowEnabled", "implicitFlowEnabled"}) {
                assertEquals(d.path(field), p.path(field), id + " " + field);
            }
            assertFalse(p.path("directAccessGrantsEnabled").asBoolean(), id + ": no password grant in production");
        }
        assertEquals("S256", productionClients.get("oxpip-frontend").path("attributes").path("pkce.code.challenge.method").asText());
    }

    @Test
    void secretsArePlaceholdersFilledFromSecrets() {
        Set<String> placeholders = new HashSet<>();
        realmImport.path("spec").path("placeholders").fieldNames().forEachRemaining(placeholders::add);
        for (JsonNode client : production.path("clients")) {
            if (client.has("secret")) {
                String secret = client.path("secret").asText();
                assertTrue(secret.matches("\\$\\{[A-Z_]+}"), client.path("clientId") + " secret must be a placeholder");
                assertTrue(placeholders.contains(secret.substring(2, secret.length() - 1)), secret + " has a Secret behind it");
            }
        }
        assertFalse(production.toString().contains("DEMO"), "nothing of the demo");
        assertFalse(production.toString().contains("localhost"), "no local redirect URIs");
    }

    @Test
    void onlyTheServicesAccountsNoPeople() {
        Map<String, JsonNode> demoAccounts = new HashMap<>();
        DEMO.path("users").forEach(u -> demoAccounts.put(u.path("username").asText(), u));
        for (JsonNode user : production.path("users")) {
            assertTrue(user.has("serviceAccountClientId"), user.path("username") + " is a person");
            assertFalse(user.has("credentials"));
            assertEquals(demoAccounts.get(user.path("username").asText()).path("realmRoles"), user.path("realmRoles"));
        }
        assertEquals(2, production.path("users").size());
        // Not "all": the services reach Keycloak inside the cluster over HTTP (see realm-import.yaml).
        assertEquals("external", production.path("sslRequired").asText());
    }

    private static Map<String, JsonNode> clients(JsonNode realm) {
        Map<String, JsonNode> clients = new HashMap<>();
        realm.path("clients").forEach(c -> clients.put(c.path("clientId").asText(), c));
        return clients;
    }
}
