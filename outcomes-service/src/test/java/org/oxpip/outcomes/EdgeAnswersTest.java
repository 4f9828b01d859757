package org.oxpip.outcomes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.oxpip.outcomes.testing.Api;

/**
 * The answers this service now takes from the platform where its own copy said otherwise (the
 * platform README's "Drifts settled"): proof that the platform's mappers, not a leftover of ours,
 * answer here.
 */
@QuarkusTest
class EdgeAnswersTest {

    /** RFC 6750: a 401 names the scheme also when no token was sent (ours said it only for a refused token). */
    @Test
    void a401WithoutATokenShouldNameTheBearerScheme() {
        given().when()
                .get("/api/v1/alerts")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://oxpip.org/problems/unauthorized"));
    }

    /** No such path is the same not-found as no such record (ours said http-404). */
    @Test
    void anUnknownPathShouldBeNotFound() {
        Api.as("clinician")
                .when()
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/not-found"));
    }

    /** A method the path does not answer (ours said http-405). */
    @Test
    void aMethodThePathDoesNotAnswerShouldBeMethodNotAllowed() {
        Api.as("clinician")
                .when()
                .delete("/api/v1/alerts")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/method-not-allowed"));
    }
}
