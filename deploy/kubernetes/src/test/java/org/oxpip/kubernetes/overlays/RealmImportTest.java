package org.oxpip.kubernetes.overlays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.kubernetes.KubectlKustomize;
import org.oxpip.kubernetes.Layout;
import org.oxpip.kubernetes.manifest.Yaml;

/**
 * The production realm is the demo realm of deploy/keycloak without the demo: same roles, same service
 * clients with the same mappers and service-account roles, but no partner agencies, people, secrets or
 * password grant. If the demo realm gains a role or a mapper, this test asks for it in production too.
 * What only production has: a one-time password for staff, a password policy, brute-force protection.
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
            for (String field :
                    new String[] {"publicClient", "serviceAccountsEnabled", "standardFlowEnabled", "implicitFlowEnabled"
                    }) {
                assertEquals(d.path(field), p.path(field), id + " " + field);
            }
            assertFalse(p.path("directAccessGrantsEnabled").asBoolean(), id + ": no password grant in production");
        }
        assertEquals(
                "S256",
                productionClients
                        .get("oxpip-frontend")
                        .path("attributes")
                        .path("pkce.code.challenge.method")
                        .asText());
    }

    @Test
    void secretsArePlaceholdersFilledFromSecrets() {
        Set<String> placeholders = new HashSet<>();
        realmImport.path("spec").path("placeholders").fieldNames().forEachRemaining(placeholders::add);
        for (JsonNode client : production.path("clients")) {
            if (client.has("secret")) {
                String secret = client.path("secret").asText();
                assertTrue(secret.matches("\\$\\{[A-Z_]+}"), client.path("clientId") + " secret must be a placeholder");
                assertTrue(
                        placeholders.contains(secret.substring(2, secret.length() - 1)),
                        secret + " has a Secret behind it");
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

    @Test
    void staffGiveAOneTimePasswordOnceAndNobodyElseIsAsked() {
        Set<String> staff = Set.of("clinician", "manager", "admin");
        List<String> roles = new ArrayList<>();
        production
                .path("roles")
                .path("realm")
                .forEach(r -> roles.add(r.path("name").asText()));
        SignInFlow flow = new SignInFlow(production);
        // Every combination of the realm's roles a person could hold.
        for (int combination = 0; combination < 1 << roles.size(); combination++) {
            Set<String> held = new TreeSet<>();
            for (int i = 0; i < roles.size(); i++) {
                if ((combination & 1 << i) != 0) {
                    held.add(roles.get(i));
                }
            }
            boolean isStaff = held.stream().anyMatch(staff::contains);
            assertEquals(new SignInFlow.Prompts(1, isStaff ? 1 : 0), flow.prompts(held), "roles " + held);
        }
    }

    @Test
    void theStaffFlowIsKeycloaksBrowserFlowOfTheRealm() {
        String alias = production.path("browserFlow").asText();
        JsonNode flow = null;
        for (JsonNode f : production.path("authenticationFlows")) {
            flow = f.path("alias").asText().equals(alias) ? f : flow;
        }
        assertNotNull(flow, "the realm's browserFlow names a flow of the realm");
        assertTrue(flow.path("topLevel").asBoolean());
        assertEquals("basic-flow", flow.path("providerId").asText());
        // No other top-level flow of ours that a client could be bound to instead (Keycloak adds its own).
        assertEquals(
                1,
                StreamSupport.stream(production.path("authenticationFlows").spliterator(), false)
                        .filter(f -> f.path("topLevel").asBoolean())
                        .count());
        for (JsonNode client : production.path("clients")) {
            assertFalse(
                    client.has("authenticationFlowBindingOverrides"),
                    client.path("clientId") + " bypasses the staff flow");
        }
        // Keycloak imports any alias, but its admin console then refuses to save a condition whose alias has,
        // for one, a comma: the flow could not be changed later.
        production
                .path("authenticatorConfig")
                .forEach(c -> assertTrue(
                        c.path("alias").asText().matches("[a-z0-9-]+"),
                        c.path("alias").asText()));
    }

    @Test
    void passwordsAreLongNotTheUsernameNotReusedAndGuessingIsSlowedDown() {
        Map<String, String> policy = new HashMap<>();
        for (String rule : production.path("passwordPolicy").asText().split(" and ")) {
            int open = rule.indexOf('(');
            policy.put(
                    open < 0 ? rule.trim() : rule.substring(0, open).trim(),
                    open < 0 ? "" : rule.substring(open + 1, rule.indexOf(')')));
        }
        assertTrue(Integer.parseInt(policy.get("length")) >= 12, "at least 12 characters");
        assertTrue(policy.containsKey("notUsername"));
        assertTrue(policy.containsKey("notEmail"), "staff may sign in with their e-mail address");
        assertTrue(Integer.parseInt(policy.get("passwordHistory")) >= 5, "none of the last 5");
        assertTrue(Integer.parseInt(policy.get("maxLength")) >= 64, "long passphrases allowed");
        assertTrue(production.path("bruteForceProtected").asBoolean());
        assertFalse(production.path("permanentLockout").asBoolean(), "a stranger must not lock staff out for good");
        assertTrue(production.path("failureFactor").asInt() <= 10);
    }

    private static Map<String, JsonNode> clients(JsonNode realm) {
        Map<String, JsonNode> clients = new HashMap<>();
        realm.path("clients").forEach(c -> clients.put(c.path("clientId").asText(), c));
        return clients;
    }
}
