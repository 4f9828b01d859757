package org.oxpip.outcomes.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oxpip.outcomes.testing.Api;
import org.oxpip.outcomes.testing.ReferralsStub;

/**
 * Every response says "do not sniff the type"; every answer under /api/ says "do not store me",
 * whatever produced it: a resource, a problem mapper, the security layer or the body-size guard.
 */
@QuarkusTest
class ResponseHeadersTest {

    @Test
    void apiAnswersShouldBeNeitherSniffedNorStored() {
        String assessment = Api.recorded(Api.phq9(ReferralsStub.referral("ACCEPTED")));
        apiHeaders(Api.as("clinician")
                .when()
                .get(Api.ASSESSMENT, assessment)
                .then()
                .statusCode(200));
        apiHeaders(Api.as("clinician").when().get("/api/v1/instruments").then().statusCode(200));
        apiHeaders(Api.as("clinician")
                .body(Map.of())
                .when()
                .post(Api.ASSESSMENTS)
                .then()
                .statusCode(400));
        apiHeaders(
                Api.as("clinician").when().get("/api/v1/alerts?size=0").then().statusCode(400));
        apiHeaders(Api.as("funder").when().get("/api/v1/alerts").then().statusCode(403));
        apiHeaders(Api.as("clinician")
                .when()
                .get(Api.ASSESSMENT, java.util.UUID.randomUUID())
                .then()
                .statusCode(404));
        apiHeaders(
                Api.as("clinician").when().get("/api/v1/no-such-thing").then().statusCode(404));
    }

    @Test
    void refusalsBeforeAnyResourceShouldCarryThemToo() {
        apiHeaders(given().when().get("/api/v1/alerts").then().statusCode(401));
        apiHeaders(given().auth()
                .oauth2("not.a.token")
                .when()
                .get("/api/v1/alerts")
                .then()
                .statusCode(401));
        apiHeaders(Api.as("clinician")
                .body("{\"comments\": \"" + "x".repeat(70_000) + "\"}")
                .when()
                .post(Api.ASSESSMENTS)
                .then()
                .statusCode(413));
    }

    @Test
    void everyOtherResponseShouldNotBeSniffed() {
        given().when()
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().when().get("/q/openapi").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
        given().when().get("/no-such-page").then().statusCode(404).header("X-Content-Type-Options", equalTo("nosniff"));
    }

    private static void apiHeaders(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff")).header("Cache-Control", equalTo("no-store"));
    }
}
