package org.oxpip.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/**
 * The test support as a service uses it: a real PostgreSQL from PostgresResource, tokens from TestTokens
 * accepted by quarkus-oidc configured as the services are, and the platform jar found as a dependency
 * (its mappers and OpenAPI filter at work without any configuration).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
class ServiceWithDatabaseTest {

    @Test
    void theDatabaseShouldBeARealPostgresql() {
        String version = given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .get("/probe")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(Integer.parseInt(version.replace("\"", "")) >= 140000, version);
    }

    @Test
    void aPartnerTokenShouldCarryItsAgency() {
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .when()
                .get("/probe/caller")
                .then()
                .statusCode(200)
                .body("actor", equalTo("service-account-partner-agency-a"))
                .body("roles", contains("referrer"))
                .body("agencyId", equalTo("agency-a"));
    }

    @Test
    void aFunderTokenShouldCarryItsFundingStreams() {
        given().auth()
                .oauth2(TestTokens.funder("DIDCOT_POWERHOUSE", "OXFORD_CITY"))
                .when()
                .get("/probe/caller")
                .then()
                .statusCode(200)
                .body("fundingStreams", containsInAnyOrder("DIDCOT_POWERHOUSE", "OXFORD_CITY"));
        given().auth()
                .oauth2(TestTokens.token("funder-b")
                        .roles("funder")
                        .fundingStream("DIDCOT_POWERHOUSE")
                        .sign())
                .when()
                .get("/probe/caller")
                .then()
                .statusCode(200)
                .body("fundingStreams", contains("DIDCOT_POWERHOUSE"));
    }

    @Test
    void aServiceTokenShouldNameItsClient() {
        given().auth()
                .oauth2(TestTokens.service("outcomes-service", "referral-reader"))
                .when()
                .get("/probe/caller")
                .then()
                .statusCode(200)
                .body("clientId", equalTo("outcomes-service"))
                .body("agencyId", nullValue());
    }

    @Test
    void theWrongAudienceAndTheWrongRoleShouldBeRefusedAsProblems() {
        given().auth()
                .oauth2(TestTokens.withAudience("admin", "another-api"))
                .when()
                .get("/probe")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/probe")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void strictJsonAndTheBodyLimitShouldComeFromTheJar() {
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .contentType("application/json")
                .body("{\"count\": \"2\"}")
                .when()
                .post("/probe/note")
                .then()
                .statusCode(400)
                .body("errors.field", contains("count"));
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .contentType("application/json")
                .body("{\"count\": 2} {}")
                .when()
                .post("/probe/note")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://oxpip.org/problems/malformed-json"));
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .contentType("application/json")
                .body("{\"cuont\": 2}")
                .when()
                .post("/probe/note")
                .then()
                .statusCode(400)
                .body("errors.field", contains("cuont"));
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .contentType("application/json")
                .body("{\"text\": \"" + "x".repeat(5000) + "\"}")
                .when()
                .post("/probe/note")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/body-too-large"));
    }

    @Test
    void thePlatformShouldBeFoundInItsJar() {
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .get("/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/not-found"));
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .queryParam("size", "5")
                .when()
                .get("/probe/page")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(5));
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .queryParam("page", "abc")
                .when()
                .get("/probe/page")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("page"));
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/probe/page'.get.parameters.name", contains("page", "size"))
                .body("paths.'/probe'.get.responses.'503'.headers.Retry-After.schema.type", equalTo("integer"))
                .body("paths.'/probe'.get.responses.'401'.description", equalTo("No valid bearer token"))
                .body("paths.'/probe'.get.responses.'403'.description", equalTo("The caller's role may not do this"))
                .body("components.schemas.Problem.properties.type.type", equalTo("string"));
    }
}
