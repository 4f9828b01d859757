package org.oxpip.reporting.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.testing.FeedsStub;
import org.oxpip.reporting.testing.ReadModel;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class SyncStatusResourceTest {

    @BeforeEach
    void asOnTheFirstDay() {
        ReadModel.empty();
    }

    @Test
    void shouldRefuseAMissingToken() {
        given().when().get("/api/v1/sync/status").then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} reads the sync status: {1}")
    @CsvSource({"admin,200", "manager,200", "clinician,403", "funder,403", "referrer,403", "feed-reader,403"})
    void shouldFollowTheRoleMatrix(String role, int status) {
        given().auth()
                .oauth2(TestTokens.staff(role))
                .when()
                .get("/api/v1/sync/status")
                .then()
                .statusCode(status);
    }

    @Test
    void shouldListBothFeedsAndTheCatalogueBeforeTheFirstSync() {
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .get("/api/v1/sync/status")
                .then()
                .statusCode(200)
                .body("feed", contains("referrals", "assessments", "quotes", "instruments"))
                .body("lastSuccessAt", contains(null, null, null, null));
    }
}
