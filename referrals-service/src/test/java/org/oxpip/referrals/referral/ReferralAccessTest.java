package org.oxpip.referrals.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Api;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
class ReferralAccessTest {

    /** RFC 6750: a 401 names the scheme, also when no token was sent at all (it used to only for a bad one). */
    @Test
    void shouldRefuseAMissingToken() {
        given().when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://oxpip.org/problems/unauthorized"));
    }

    /** JAX-RS's own 404 is the same problem as a missing record; its 405 has its own type (were http-404, http-405). */
    @Test
    void anUnknownRouteShouldBeNotFoundLikeAMissingRecord() {
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/not-found"));
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .delete("/api/v1/referrals/{id}", UUID.randomUUID())
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/method-not-allowed"));
    }

    @Test
    void shouldRefuseAForgedToken() {
        String token = TestTokens.staff("clinician");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged).when().get("/api/v1/referrals").then().statusCode(401);
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        given().auth()
                .oauth2(TestTokens.withAudience("clinician", "some-other-api"))
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(401);
    }

    @ParameterizedTest(name = "{0} lists referrals: {1}")
    @CsvSource({"clinician,200", "manager,200", "admin,200", "funder,403", "feed-reader,403", "referral-reader,403"})
    void listShouldFollowTheRoleMatrix(String role, int status) {
        given().auth()
                .oauth2(TestTokens.staff(role))
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(status);
    }

    @Test
    void partnerShouldBeAllowedToList() {
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(200)
                .body("page", equalTo(0));
    }

    @ParameterizedTest(name = "{0} asks a missing referral's status: {1}")
    @CsvSource({"referral-reader,404", "clinician,404", "funder,403", "referrer,403", "feed-reader,403"})
    void statusShouldFollowTheRoleMatrix(String role, int status) {
        given().auth()
                .oauth2(TestTokens.staff(role))
                .when()
                .get("/api/v1/referrals/{id}/status", UUID.randomUUID())
                .then()
                .statusCode(status)
                .contentType("application/problem+json");
    }

    /** The service role opens the status (and the erasure protocol) and nothing else. */
    @Test
    void serviceRoleShouldReadOnlyTheStatus() {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        String service = TestTokens.service("outcomes-service", "referral-reader");
        given().auth()
                .oauth2(service)
                .when()
                .get("/api/v1/referrals/{id}/status", id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
        for (String path : new String[] {"/api/v1/referrals/{id}", "/api/v1/referrals/{id}/history"}) {
            given().auth()
                    .oauth2(service)
                    .when()
                    .get(path, id)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(service).when().get("/api/v1/referrals").then().statusCode(403);

        // Carried beside another role, it still opens nothing more than that role does.
        String partnerB = TestTokens.token("service-account-partner-" + TestTokens.AGENCY_B)
                .roles("referrer", "referral-reader")
                .agency(TestTokens.AGENCY_B)
                .sign();
        given().auth()
                .oauth2(partnerB)
                .when()
                .get("/api/v1/referrals/{id}", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(partnerB)
                .when()
                .get("/api/v1/referrals/{id}/history", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(partnerB)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void shouldAnswerBadPagingWithFieldErrors() {
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .queryParam("size", 1000)
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    /** page=abc was JAX-RS's 404 ("no such resource"); now the platform's 400 naming the parameter. */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"page,abc", "page,-1", "size,0", "size,abc"})
    void badPagingShouldBe400NamingTheParameter(String parameter, String value) {
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .queryParam(parameter, value)
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(parameter));
    }

    /** A bad filter and bad paging are one 400 listing both, so a client fixes its request once. */
    @Test
    void badFiltersAndPagingShouldBeReportedTogether() {
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .queryParam("status", "LOST")
                .queryParam("page", "abc")
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("page", "status"));
    }
}
