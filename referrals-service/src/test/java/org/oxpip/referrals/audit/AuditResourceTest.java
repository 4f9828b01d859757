package org.oxpip.referrals.audit;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.referrals.testing.Api;
import org.oxpip.referrals.testing.TestTokens;

@QuarkusTest
class AuditResourceTest {

    @ParameterizedTest(name = "{0} reads the audit trail: {1}")
    @CsvSource({"admin,200", "clinician,403", "manager,403", "funder,403", "referrer,403", "feed-reader,403",
        "referral-reader,403"})
    void shouldFollowTheRoleMatrix(String role, int status) {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        given().auth().oauth2(TestTokens.staff(role)).queryParam("referralId", id).when().get("/api/v1/audit")
                .then().statusCode(status);
    }

    @Test
    void shouldRequireAReferral() {
        given().auth().oauth2(TestTokens.staff("admin")).when().get("/api/v1/audit").then().statusCode(400)
                .contentType("application/problem+json");
        given().when().get("/api/v1/audit").then().statusCode(401);
    }
}
