package org.oxpip.referrals.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.platform.testing.TestTokens;

/** A JAX-RS method without a role annotation is closed to everyone, not open to the world. */
@QuarkusTest
class DenyUnannotatedTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "clinician", "referral-reader", "feed-reader"})
    void unannotatedEndpointShouldBeDeniedToEveryRole(String role) {
        given().auth()
                .oauth2(TestTokens.staff(role))
                .when()
                .get("/api/v1/test-only/unannotated")
                .then()
                .statusCode(403)
                .body(not(containsString(UnannotatedProbe.SECRET)));
    }

    @Test
    void unannotatedEndpointShouldNeedAToken() {
        given().when()
                .get("/api/v1/test-only/unannotated")
                .then()
                .statusCode(401)
                .body(not(containsString(UnannotatedProbe.SECRET)));
    }
}
