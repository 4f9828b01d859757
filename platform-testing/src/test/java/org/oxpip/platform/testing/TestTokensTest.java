package org.oxpip.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claims each helper puts in; ServiceWithDatabaseTest shows quarkus-oidc accepting the signatures. */
class TestTokensTest {

    @Test
    void staffTokensShouldLookLikeKeycloaks() throws Exception {
        JsonNode claims = claims(TestTokens.staff("clinician"));
        assertEquals("clinician", claims.path("preferred_username").asText());
        assertEquals("https://server.example.com", claims.path("iss").asText());
        assertEquals(
                "oxpip-api",
                claims.path("aud").isArray()
                        ? claims.path("aud").get(0).asText()
                        : claims.path("aud").asText());
        assertEquals(
                "clinician", claims.path("realm_access").path("roles").get(0).asText());
    }

    @Test
    void eachHelperShouldSetItsClaim() throws Exception {
        assertEquals(
                "agency-b",
                claims(TestTokens.partner(TestTokens.AGENCY_B))
                        .path("agency_id")
                        .asText());
        assertEquals(
                2, claims(TestTokens.funder("A", "B")).path("funding_streams").size());
        assertEquals(
                "A",
                claims(TestTokens.token("f").roles("funder").fundingStream("A").sign())
                        .path("funding_streams")
                        .asText());
        assertEquals(
                "outcomes-service",
                claims(TestTokens.service("outcomes-service", "referral-reader"))
                        .path("azp")
                        .asText());
        assertEquals(
                "another-api",
                claims(TestTokens.withAudience("admin", "another-api"))
                        .path("aud")
                        .asText());
    }

    @Test
    void anExternalServerShouldBeTakenFromTheEnvironment() {
        assertEquals(
                Map.of(
                        "quarkus.datasource.jdbc.url",
                        "jdbc:postgresql://db:5432/t",
                        "quarkus.datasource.username",
                        "postgres",
                        "quarkus.datasource.password",
                        ""),
                PostgresResource.external(Map.of("OXPIP_TEST_JDBC_URL", "jdbc:postgresql://db:5432/t"))
                        .orElseThrow());
        assertEquals(
                "ci",
                PostgresResource.external(Map.of(
                                "OXPIP_TEST_JDBC_URL",
                                "jdbc:postgresql://db/t",
                                "OXPIP_TEST_DB_USER",
                                "ci",
                                "OXPIP_TEST_DB_PASSWORD",
                                "pw"))
                        .orElseThrow()
                        .get("quarkus.datasource.username"));
        assertEquals(java.util.Optional.empty(), PostgresResource.external(Map.of("OXPIP_TEST_JDBC_URL", " ")));
    }

    private static JsonNode claims(String token) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
