package org.oxpip.referrals.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Api;

@QuarkusTest
class AuditResourceTest {

    @ParameterizedTest(name = "{0} reads the audit trail: {1}")
    @CsvSource({
        "admin,200",
        "clinician,403",
        "manager,403",
        "funder,403",
        "referrer,403",
        "feed-reader,403",
        "referral-reader,403"
    })
    void shouldFollowTheRoleMatrix(String role, int status) {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        given().auth()
                .oauth2(TestTokens.staff(role))
                .queryParam("referralId", id)
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(status);
    }

    @Test
    void shouldRequireAReferral() {
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().when().get("/api/v1/audit").then().statusCode(401);
    }

    /** The platform's paging, as on every list: 20 entries unless asked, at most 100 (it was 100 and 500). */
    @Test
    void shouldPageLikeEveryOtherList() {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        for (int i = 0; i < 21; i++) {
            Api.etag(id);
        }
        String admin = TestTokens.staff("admin");
        given().auth()
                .oauth2(admin)
                .queryParam("referralId", id)
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("size", equalTo(20))
                .body("items", hasSize(20))
                .body("totalItems", equalTo(22));
        given().auth()
                .oauth2(admin)
                .queryParam("referralId", id)
                .queryParam("page", 1)
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"page,abc", "page,-1", "size,0", "size,101", "size,500"})
    void badPagingShouldBe400NamingTheParameter(String parameter, String value) {
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .queryParam("referralId", UUID.randomUUID())
                .queryParam(parameter, value)
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(parameter));
    }
}
