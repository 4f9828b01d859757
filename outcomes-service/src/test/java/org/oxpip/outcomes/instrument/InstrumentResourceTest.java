package org.oxpip.outcomes.instrument;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ReferralsStub.class, restrictToAnnotatedClass = false)
class InstrumentResourceTest {

    @Test
    void shouldRefuseAMissingToken() {
        given().when().get("/api/v1/instruments").then().statusCode(401);
        given().when().get("/api/v1/instruments/PHQ9").then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} reads the catalogue: {1}, one instrument: {2}")
    @CsvSource({
        "clinician,200,200",
        "manager,200,200",
        "admin,200,200",
        "funder,403,403",
        "referrer,403,403",
        "referral-reader,403,403",
        // reporting-service's service account reads the outcome rules from the list, and needs nothing more.
        "feed-reader,200,403"
    })
    void catalogueShouldFollowTheRoleMatrix(String role, int list, int one) {
        given().auth()
                .oauth2(TestTokens.staff(role))
                .when()
                .get("/api/v1/instruments")
                .then()
                .statusCode(list);
        given().auth()
                .oauth2(TestTokens.staff(role))
                .when()
                .get("/api/v1/instruments/PHQ9")
                .then()
                .statusCode(one);
    }

    @Test
    void shouldGiveReportingServiceEveryOutcomeRuleOfTheCatalogue() {
        // What reporting-service syncs into its table instrument_rule: the only thresholds its SQL knows.
        given().auth()
                .oauth2(TestTokens.service("reporting-service", "feed-reader"))
                .when()
                .get("/api/v1/instruments")
                .then()
                .statusCode(200)
                .body("code", contains("PHQ9", "GAD7", "EPDS", "PIRGAS", "SATISFACTION"))
                .body(
                        "direction",
                        contains("LOWER_IS_BETTER", "LOWER_IS_BETTER", "LOWER_IS_BETTER", "HIGHER_IS_BETTER", null))
                .body("caseness", contains(10, 8, 13, 40, null))
                .body("reliableChange", contains(6, 4, 4, 10, null))
                .body("meaningfulChange", contains(null, null, null, 10, null));
    }

    @Test
    void shouldPublishTheFiveInstruments() {
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/instruments")
                .then()
                .statusCode(200)
                .body("code", contains("PHQ9", "GAD7", "EPDS", "PIRGAS", "SATISFACTION"))
                .body("find { it.code == 'PHQ9' }.items", hasSize(9))
                .body("find { it.code == 'PHQ9' }.riskItems", contains(9))
                .body("find { it.code == 'EPDS' }.riskItems", contains(10))
                .body("find { it.code == 'PIRGAS' }.direction", equalTo("HIGHER_IS_BETTER"))
                .body("find { it.code == 'PIRGAS' }.meaningfulChange", equalTo(10));
    }

    @Test
    void shouldAnswerOneInstrumentOrNotFound() {
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/instruments/GAD7")
                .then()
                .statusCode(200)
                .body("caseness", equalTo(8))
                .body("reliableChange", equalTo(4))
                .body("loinc", equalTo("70274-6"));
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/instruments/CSQ8")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
