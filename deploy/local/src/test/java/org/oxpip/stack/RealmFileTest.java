package org.oxpip.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo realm says what docs/design.md's demo realm says, and agrees with {@link DemoRealm}. */
class RealmFileTest {

    private static JsonNode realm;

    @BeforeAll
    static void read() throws IOException {
        realm = new ObjectMapper()
                .readTree(StackConfig.findRepoRoot()
                        .resolve(StackConfig.REALM_FILE)
                        .toFile());
    }

    @Test
    void realmAndRoles() {
        assertEquals("oxpip", realm.path("realm").asText());
        assertTrue(realm.path("enabled").asBoolean());
        assertEquals(
                Set.of("referrer", "clinician", "manager", "funder", "admin", "referral-reader", "feed-reader"),
                names(realm.path("roles").path("realm"), "name"));
    }

    @Test
    void confidentialClientsUseClientCredentialsOnly() {
        for (DemoRealm.Client c : DemoRealm.CLIENTS) {
            JsonNode client = client(c.clientId());
            assertFalse(client.path("publicClient").asBoolean(), c.clientId());
            assertEquals(c.secret(), client.path("secret").asText(), c.clientId());
            assertTrue(c.secret().contains("DEMO-ONLY"), "demo secrets are visibly marked");
            assertTrue(client.path("serviceAccountsEnabled").asBoolean(), c.clientId());
            assertFalse(client.path("standardFlowEnabled").asBoolean(), c.clientId());
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), c.clientId());
            assertFalse(client.path("implicitFlowEnabled").asBoolean(), c.clientId());
            assertAudienceMapper(client);

            JsonNode agency = mapper(client, "oidc-hardcoded-claim-mapper");
            if (c.agencyId() == null) {
                assertEquals(null, agency, c.clientId() + " must not carry agency_id");
            } else {
                assertNotNull(agency, c.clientId());
                assertEquals(
                        "agency_id", agency.path("config").path("claim.name").asText());
                assertEquals(
                        c.agencyId(), agency.path("config").path("claim.value").asText());
                assertEquals(
                        "String", agency.path("config").path("jsonType.label").asText());
                assertEquals(
                        "true", agency.path("config").path("access.token.claim").asText());
            }

            JsonNode serviceAccount = user("service-account-" + c.clientId());
            assertEquals(
                    c.clientId(), serviceAccount.path("serviceAccountClientId").asText());
            assertEquals(Set.of(c.role()), values(serviceAccount.path("realmRoles")));
        }
    }

    /** The ports' offsets of the stacks whose Swagger UI may sign in: local, system tests, and runs beside them. */
    private static final int[] SWAGGER_UI_OFFSETS = {0, 10000, 20000, 21000, 22000};

    @Test
    void partnersMayTryTheApiFromEachSwaggerUi() {
        Set<String> origins = new java.util.HashSet<>();
        for (int offset : SWAGGER_UI_OFFSETS) {
            for (int port : new int[] {8081, 8082, 8083}) {
                origins.add("http://localhost:" + (port + offset));
            }
        }
        for (DemoRealm.Client partner : List.of(DemoRealm.PARTNER_AGENCY_A, DemoRealm.PARTNER_AGENCY_B)) {
            JsonNode client = client(partner.clientId());
            assertEquals(origins, values(client.path("webOrigins")), partner.clientId());
            assertTrue(values(client.path("redirectUris")).isEmpty(), "no browser sign-in for a service account");
        }
    }

    @Test
    void frontendIsPublicWithPkce() {
        JsonNode client = client(DemoRealm.FRONTEND_CLIENT);
        assertTrue(client.path("publicClient").asBoolean());
        assertTrue(client.path("standardFlowEnabled").asBoolean());
        assertTrue(
                client.path("directAccessGrantsEnabled").asBoolean(), "demo realm only: tests log in with a password");
        assertFalse(client.path("implicitFlowEnabled").asBoolean());
        assertFalse(client.path("serviceAccountsEnabled").asBoolean());
        assertEquals(
                "S256",
                client.path("attributes").path("pkce.code.challenge.method").asText());
        Set<String> redirects = new java.util.HashSet<>(Set.of("http://localhost:5173/*", "http://localhost:3000/*"));
        Set<String> origins = new java.util.HashSet<>(Set.of("http://localhost:5173", "http://localhost:3000"));
        // Each service's Swagger UI signs in through this client: on the local stack's ports, and on the system
        // tests' (+10000, or +20000, +21000, +22000 for more runs beside it). Exact redirect pages, no wildcards.
        for (int offset : SWAGGER_UI_OFFSETS) {
            for (int port : new int[] {8081, 8082, 8083}) {
                redirects.add("http://localhost:" + (port + offset) + "/q/swagger-ui/oauth2-redirect.html");
                origins.add("http://localhost:" + (port + offset));
            }
        }
        assertEquals(redirects, values(client.path("redirectUris")));
        assertEquals(origins, values(client.path("webOrigins")));
        assertAudienceMapper(client);
    }

    @Test
    void peopleHaveTheRoleOfTheirNameAndAFullProfile() {
        for (DemoRealm.User u : DemoRealm.USERS) {
            JsonNode user = user(u.username());
            assertEquals(Set.of(u.role()), values(user.path("realmRoles")), u.username());
            assertEquals(u.username() + "@oxpip.example", user.path("email").asText());
            assertTrue(user.path("emailVerified").asBoolean());
            // Without these Keycloak answers "Account is not fully set up" to a password grant.
            assertFalse(user.path("firstName").asText().isBlank());
            assertFalse(user.path("lastName").asText().isBlank());
            JsonNode credential = user.path("credentials").get(0);
            assertEquals("password", credential.path("type").asText());
            assertEquals(u.password(), credential.path("value").asText());
            assertFalse(credential.path("temporary").asBoolean());
        }
    }

    @Test
    void everyClientIsInTheDemoRealmClassAndNothingElse() {
        Set<String> expected = new TreeSet<>();
        DemoRealm.CLIENTS.forEach(c -> expected.add(c.clientId()));
        expected.add(DemoRealm.FRONTEND_CLIENT);
        assertEquals(expected, names(realm.path("clients"), "clientId"));
        assertEquals(
                DemoRealm.USERS.size() + DemoRealm.CLIENTS.size(),
                realm.path("users").size());
    }

    private static void assertAudienceMapper(JsonNode client) {
        JsonNode audience = mapper(client, "oidc-audience-mapper");
        assertNotNull(audience, client.path("clientId").asText() + " needs the oxpip-api audience");
        assertEquals(
                DemoRealm.AUDIENCE,
                audience.path("config").path("included.custom.audience").asText());
        assertEquals("true", audience.path("config").path("access.token.claim").asText());
    }

    private static JsonNode mapper(JsonNode client, String type) {
        for (JsonNode m : client.path("protocolMappers")) {
            if (m.path("protocolMapper").asText().equals(type)) {
                return m;
            }
        }
        return null;
    }

    private static JsonNode client(String clientId) {
        return find(realm.path("clients"), "clientId", clientId);
    }

    private static JsonNode user(String username) {
        return find(realm.path("users"), "username", username);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in the realm file");
    }

    private static Set<String> names(JsonNode array, String field) {
        Set<String> names = new TreeSet<>();
        array.forEach(n -> names.add(n.path(field).asText()));
        return names;
    }

    private static Set<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return new TreeSet<>(values);
    }
}
