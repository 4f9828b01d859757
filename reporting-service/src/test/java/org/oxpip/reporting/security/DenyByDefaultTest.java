package org.oxpip.reporting.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.testing.FeedsStub;

/** An endpoint without a role annotation (UnannotatedResource) is closed, not public. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class DenyByDefaultTest {

    @Test
    void shouldAskForATokenOnAnUnannotatedEndpoint() {
        given().when()
                .get("/api/v1/forgotten")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", is(401));
    }

    @ParameterizedTest(name = "{0}: 403")
    @ValueSource(strings = {"admin", "manager", "funder", "clinician", "feed-reader"})
    void shouldRefuseEveryRoleOnAnUnannotatedEndpoint(String role) {
        given().auth()
                .oauth2(TestTokens.staff(role))
                .when()
                .get("/api/v1/forgotten")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", is(403));
    }
}
