package org.oxpip.referrals.erasure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Api;
import org.oxpip.referrals.testing.Database;
import org.oxpip.referrals.testing.ReferralBodies;

@QuarkusTest
class ErasureResourceTest {

    @Test
    void erasureShouldLeaveNoPersonalDataButKeepTheFactsAndTheAudit() {
        String key = "erase-me-" + System.nanoTime();
        String id = given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(ReferralBodies.partner())
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.move(id, "DECLINED", null, null);

        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/referrals/{id}/erasure", id)
                .then()
                .statusCode(200)
                .body("erasedAt", notNullValue())
                .body("parents.size()", equalTo(0))
                .body("details", nullValue())
                .body("status", equalTo("DECLINED"))
                .body("area", equalTo("OX11"));

        String where = " WHERE id = '" + id + "'";
        assertEquals(0, Database.count("SELECT count(*) FROM referral_parent WHERE referral_id = '" + id + "'"));
        assertEquals(
                1,
                Database.count(
                        "SELECT count(*) FROM referral" + where + " AND baby_date_of_birth IS NULL"
                                + " AND baby_due_date IS NULL AND details IS NULL AND referrer_name IS NULL AND referrer_email IS NULL"
                                + " AND referrer_phone IS NULL AND referrer_organisation IS NULL AND consent_date IS NULL"
                                + " AND received_on IS NOT NULL AND area = 'OX11' AND status = 'DECLINED' AND erased_at IS NOT NULL"));
        assertEquals(
                0,
                Database.count(
                        "SELECT count(*) FROM status_change WHERE referral_id = '" + id + "' AND reason IS NOT NULL"));
        assertEquals(0, Database.count("SELECT count(*) FROM idempotency_key WHERE key = '" + key + "'"));
        assertEquals(
                0,
                Database.count("SELECT count(*) FROM referral_parent WHERE given_name = '" + ReferralBodies.GIVEN_NAME
                        + "' AND referral_id = '" + id + "'"));
        assertEquals(
                1,
                Database.count(
                        "SELECT count(*) FROM audit_entry WHERE referral_id = '" + id + "' AND action = 'ERASE'"));

        List<Map<String, Object>> changes = given().auth()
                .oauth2(TestTokens.staff("feed-reader"))
                .queryParam("limit", 1000)
                .when()
                .get("/api/v1/feed/referrals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.referralId == '" + id + "' }");
        Map<String, Object> last = changes.get(changes.size() - 1);
        assertEquals(true, last.get("erased"));
        assertEquals("DECLINED", last.get("status"));
        assertEquals("OX11", last.get("area"));

        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/referrals/{id}/erasure", id)
                .then()
                .statusCode(200);
        assertEquals(
                1,
                Database.count(
                        "SELECT count(*) FROM audit_entry WHERE referral_id = '" + id + "' AND action = 'ERASE'"));
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .queryParam("referralId", id)
                .when()
                .get("/api/v1/audit")
                .then()
                .body("items.action", hasItem("CREATE"));
    }

    @Test
    void erasedReferralShouldNotMoveOn() {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/referrals/{id}/erasure", id)
                .then()
                .statusCode(200);
        Api.transition(id, Api.etag(id), Map.of("to", "ACCEPTED")).statusCode(409);
    }

    @ParameterizedTest(name = "{0} erases: {1}")
    @CsvSource({"clinician,403", "manager,403", "funder,403", "referrer,403", "feed-reader,403", "referral-reader,403"})
    void onlyAnAdminShouldErase(String role, int status) {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        given().auth()
                .oauth2(TestTokens.staff(role))
                .when()
                .post("/api/v1/referrals/{id}/erasure", id)
                .then()
                .statusCode(status);
        given().when().post("/api/v1/referrals/{id}/erasure", id).then().statusCode(401);
        assertEquals(1, Database.count("SELECT count(*) FROM referral WHERE id = '" + id + "' AND erased_at IS NULL"));
    }

    @Test
    void erasingAMissingReferralShouldBeNotFound() {
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/referrals/{id}/erasure", "00000000-0000-4000-8000-000000000001")
                .then()
                .statusCode(404);
    }
}
