package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oxpip.stack.DemoRealm;

/**
 * The test stack's Keycloak through its admin API (master realm, the demo admin): extra clients that only tests
 * need, made in the throw-away realm at run time so that the realm file stays as the services see it.
 */
final class KeycloakAdmin {

    private KeycloakAdmin() {}

    /** A real token from another issuer: Keycloak's master realm, for its own admin. */
    static String masterRealmToken() {
        // Keycloak answers 500 for a few seconds after PostgreSQL restarts (DatabaseRestartSystemTest), while its
        // own connection pool recovers: that is a failed try, not a failed test.
        for (int attempt = 1; ; attempt++) {
            var response = given().formParam("grant_type", "password")
                    .formParam("client_id", "admin-cli")
                    .formParam("username", DemoRealm.KEYCLOAK_ADMIN_USER)
                    .formParam("password", DemoRealm.KEYCLOAK_ADMIN_PASSWORD)
                    .when()
                    .post(RunningStack.stack().keycloakUrl() + "/realms/master/protocol/openid-connect/token");
            if (response.statusCode() >= 500 && attempt < 30) {
                pause();
                continue;
            }
            return response.then().statusCode(200).extract().path("access_token");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The realm's RSA public key as Keycloak publishes it (base64 of the DER encoding). */
    static String realmPublicKey() {
        return given().when()
                .get(RunningStack.stack().issuer())
                .then()
                .statusCode(200)
                .extract()
                .path("public_key");
    }

    /**
     * A funder of {@code fundingStream} alone, made as the realm's administrator would make one: a subgroup of
     * {@code /funders} carrying the stream in its {@code funding_streams} attribute, and a user with the role
     * {@code funder} in it. Answers the user's token (password grant through the frontend client).
     */
    static String tokenOfFunderOf(String fundingStream) {
        String admin = masterRealmToken();
        String realm = RunningStack.stack().keycloakUrl() + "/admin/realms/" + DemoRealm.REALM;
        String name = fundingStream.toLowerCase(java.util.Locale.ROOT);
        String username = "funder-" + name;
        String password = username + "-password";
        List<String> existing = given().auth()
                .oauth2(admin)
                .queryParam("username", username)
                .queryParam("exact", true)
                .when()
                .get(realm + "/users")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        if (existing.isEmpty()) {
            String funders = given().auth()
                    .oauth2(admin)
                    .queryParam("search", "funders")
                    .when()
                    .get(realm + "/groups")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("find { it.name == 'funders' }.id");
            given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", name, "attributes", Map.of("funding_streams", List.of(fundingStream))))
                    .when()
                    .post(realm + "/groups/" + funders + "/children")
                    .then()
                    .statusCode(201);
            String group = given().auth()
                    .oauth2(admin)
                    .queryParam("first", 0)
                    .queryParam("max", 1000)
                    .when()
                    .get(realm + "/groups/" + funders + "/children")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("find { it.name == '" + name + "' }.id");
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("username", username);
            user.put("enabled", true);
            user.put("email", username + "@example.org");
            user.put("emailVerified", true);
            user.put("firstName", "Test");
            user.put("lastName", "Funder");
            user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
            given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(user)
                    .when()
                    .post(realm + "/users")
                    .then()
                    .statusCode(201);
            String id = given().auth()
                    .oauth2(admin)
                    .queryParam("username", username)
                    .queryParam("exact", true)
                    .when()
                    .get(realm + "/users")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("[0].id");
            given().auth()
                    .oauth2(admin)
                    .when()
                    .put(realm + "/users/" + id + "/groups/" + group)
                    .then()
                    .statusCode(204);
            Map<String, Object> role = given().auth()
                    .oauth2(admin)
                    .when()
                    .get(realm + "/roles/funder")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("");
            given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(List.of(role))
                    .when()
                    .post(realm + "/users/" + id + "/role-mappings/realm")
                    .then()
                    .statusCode(204);
        }
        return RunningStack.stack().tokens().password(username, password);
    }

    /**
     * A confidential client of realm oxpip whose service account holds only {@code role}, with no agency claim
     * (as a partner's client misconfigured in the realm would be); made once, answers a fresh token.
     */
    static String tokenOfClientWithoutAgency(String clientId, String role) {
        return tokenOfServiceAccount(clientId, List.of(role), Map.of(), List.of(audienceMapper("oxpip-api")));
    }

    /**
     * A confidential client of realm oxpip whose service account holds every realm role and agency A's claim,
     * with tokens for {@code audience} that live {@code lifespanSeconds}; made once, answers a fresh token.
     */
    static String tokenOfClientWithEveryRole(String clientId, String audience, int lifespanSeconds) {
        Map<String, Object> agencyA = Map.of(
                "name",
                "agency_id",
                "protocol",
                "openid-connect",
                "protocolMapper",
                "oidc-hardcoded-claim-mapper",
                "config",
                Map.of(
                        "claim.name",
                        "agency_id",
                        "claim.value",
                        "agency-a",
                        "jsonType.label",
                        "String",
                        "access.token.claim",
                        "true"));
        return tokenOfServiceAccount(
                clientId,
                ForgedTokens.ALL_ROLES,
                Map.of("access.token.lifespan", String.valueOf(lifespanSeconds)),
                List.of(agencyA, audienceMapper(audience)));
    }

    private static Map<String, Object> audienceMapper(String audience) {
        return Map.of(
                "name",
                "audience",
                "protocol",
                "openid-connect",
                "protocolMapper",
                "oidc-audience-mapper",
                "config",
                Map.of("included.custom.audience", audience, "access.token.claim", "true"));
    }

    /** Makes the client once (service account with {@code roles}), and answers a fresh client-credentials token. */
    private static String tokenOfServiceAccount(
            String clientId,
            List<String> roleNames,
            Map<String, String> attributes,
            List<Map<String, Object>> mappers) {
        String secret = clientId + "-secret";
        String admin = masterRealmToken();
        String realm = RunningStack.stack().keycloakUrl() + "/admin/realms/" + DemoRealm.REALM;
        List<String> existing = given().auth()
                .oauth2(admin)
                .queryParam("clientId", clientId)
                .when()
                .get(realm + "/clients")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        if (existing.isEmpty()) {
            Map<String, Object> client = new LinkedHashMap<>();
            client.put("clientId", clientId);
            client.put("enabled", true);
            client.put("publicClient", false);
            client.put("secret", secret);
            client.put("serviceAccountsEnabled", true);
            client.put("standardFlowEnabled", false);
            client.put("directAccessGrantsEnabled", false);
            client.put("attributes", attributes);
            client.put("protocolMappers", mappers);
            given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(client)
                    .when()
                    .post(realm + "/clients")
                    .then()
                    .statusCode(201);
            String id = given().auth()
                    .oauth2(admin)
                    .queryParam("clientId", clientId)
                    .when()
                    .get(realm + "/clients")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("[0].id");
            String user = given().auth()
                    .oauth2(admin)
                    .when()
                    .get(realm + "/clients/" + id + "/service-account-user")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("id");
            List<Map<String, Object>> roles = given().auth()
                    .oauth2(admin)
                    .when()
                    .get(realm + "/roles")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("findAll { it.name in ['" + String.join("','", roleNames) + "'] }");
            given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(roles)
                    .when()
                    .post(realm + "/users/" + user + "/role-mappings/realm")
                    .then()
                    .statusCode(204);
        }
        return RunningStack.stack().tokens().clientCredentials(clientId, secret);
    }
}
