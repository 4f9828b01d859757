package org.oxpip.outcomes.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.oxpip.outcomes.testing.Api;
import org.oxpip.platform.testing.TestTokens;

/** An endpoint method without a role annotation is closed, not open (deny by default). */
@QuarkusTest
class DenyByDefaultTest {

    private static final String PROBE = "/api/v1/test-only/unannotated";
    static final List<String> ROLES = Api.ROLES;

    @Test
    void shouldAnswer401WithoutAToken() {
        given().when().get(PROBE).then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("ROLES")
    void shouldAnswer403ToEveryRole(String role) {
        given().auth()
                .oauth2(TestTokens.staff(role))
                .when()
                .get(PROBE)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/forbidden"));
    }

    @Test
    void shouldAnswer403ToAPartner() {
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .when()
                .get(PROBE)
                .then()
                .statusCode(403);
    }
}
