package org.oxpip.referrals.erasure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Api;
import org.oxpip.referrals.testing.Database;

/**
 * The erasure protocol as outcomes-service uses it: pull the erasures not yet confirmed, erase
 * locally, confirm; and the admin's view of which services have confirmed.
 */
@QuarkusTest
class ErasureProtocolTest {

    private static final String OUTCOMES = "outcomes-service";

    private static String erase(String id) {
        return given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/referrals/{id}/erasure", id)
                .then()
                .statusCode(200)
                .extract()
                .path("erasedAt");
    }

    private static List<String> pending(String service) {
        return given().auth()
                .oauth2(TestTokens.service(service, "referral-reader"))
                .queryParam("limit", 500)
                .when()
                .get("/api/v1/erasures/pending")
                .then()
                .statusCode(200)
                .extract()
                .path("items.referralId");
    }

    private static io.restassured.response.ValidatableResponse confirm(String service, String id) {
        return given().auth()
                .oauth2(TestTokens.service(service, "referral-reader"))
                .when()
                .post("/api/v1/erasures/{id}/confirmation", id)
                .then();
    }

    @Test
    void erasureShouldBeConfirmedByReferralsServiceAtTheSameInstant() {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        String erasedAt = erase(id);

        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .get("/api/v1/referrals/{id}/erasure", id)
                .then()
                .statusCode(200)
                .body("referralId", equalTo(id))
                .body("erasedAt", equalTo(erasedAt))
                .body("services.service", contains("referrals-service", OUTCOMES))
                .body("services[0].confirmedAt", equalTo(erasedAt))
                .body("services[1].confirmedAt", nullValue())
                .body("complete", equalTo(false));

        confirm(OUTCOMES, id).statusCode(204);
        String confirmedAt = given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .get("/api/v1/referrals/{id}/erasure", id)
                .then()
                .statusCode(200)
                .body("services[1].confirmedAt", notNullValue())
                .body("complete", equalTo(true))
                .extract()
                .path("services[1].confirmedAt");

        confirm(OUTCOMES, id).statusCode(204);
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .get("/api/v1/referrals/{id}/erasure", id)
                .then()
                .body("services[1].confirmedAt", equalTo(confirmedAt));
        assertEquals(
                1,
                Database.count("SELECT count(*) FROM audit_entry WHERE referral_id = '" + id
                        + "' AND action = 'CONFIRM_ERASURE' AND actor = 'service-account-" + OUTCOMES + "'"));
        assertEquals(
                3,
                Database.count("SELECT count(*) FROM audit_entry WHERE referral_id = '" + id
                        + "' AND action = 'READ_ERASURE' AND actor = 'admin'"));
    }

    @Test
    void pendingShouldListWhatTheCallingServiceHasNotConfirmedOldestFirst() {
        String service = "svc-" + UUID.randomUUID();
        String other = "svc-" + UUID.randomUUID();
        String first = Api.submitAsPartner(TestTokens.AGENCY_A);
        String second = Api.submitAsPartner(TestTokens.AGENCY_B);
        String notErased = Api.submitAsPartner(TestTokens.AGENCY_A);
        erase(first);
        erase(second);

        List<String> before = pending(service);
        assertTrue(
                before.indexOf(first) >= 0 && before.indexOf(first) < before.indexOf(second), "oldest erasure first");
        assertTrue(!before.contains(notErased));
        List<String> erasedTimes = given().auth()
                .oauth2(TestTokens.service(service, "referral-reader"))
                .queryParam("limit", 500)
                .when()
                .get("/api/v1/erasures/pending")
                .then()
                .statusCode(200)
                .body("items[0].erasedAt", notNullValue())
                .extract()
                .path("items.erasedAt");
        List<Instant> times = erasedTimes.stream().map(Instant::parse).toList();
        assertEquals(times.stream().sorted().toList(), times);

        confirm(service, first).statusCode(204);
        List<String> after = pending(service);
        assertTrue(!after.contains(first) && after.contains(second));
        assertTrue(pending(other).contains(first), "another service's backlog is its own");
        assertTrue(!pending("referrals-service").contains(first), "referrals-service confirmed when it erased");
    }

    @Test
    void limitShouldBoundThePage() {
        erase(Api.submitAsPartner(TestTokens.AGENCY_A));
        erase(Api.submitAsPartner(TestTokens.AGENCY_A));
        given().auth()
                .oauth2(TestTokens.service("svc-" + UUID.randomUUID(), "referral-reader"))
                .queryParam("limit", 1)
                .when()
                .get("/api/v1/erasures/pending")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        // "ten" was JAX-RS's 404 before limit was read by the platform's QueryParams.
        for (String bad : new String[] {"0", "501", "ten"}) {
            given().auth()
                    .oauth2(TestTokens.service(OUTCOMES, "referral-reader"))
                    .queryParam("limit", bad)
                    .when()
                    .get("/api/v1/erasures/pending")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("limit"));
        }
        given().auth()
                .oauth2(TestTokens.service(OUTCOMES, "referral-reader"))
                .when()
                .get("/api/v1/erasures/pending")
                .then()
                .statusCode(200)
                .body("items.size()", lessThanOrEqualTo(100));
    }

    @Test
    void confirmingWhatWasNotErasedShouldBeNotFoundAndStoreNothing() {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        confirm(OUTCOMES, id).statusCode(404).contentType("application/problem+json");
        confirm(OUTCOMES, UUID.randomUUID().toString()).statusCode(404).contentType("application/problem+json");
        assertEquals(0, Database.count("SELECT count(*) FROM erasure_confirmation WHERE referral_id = '" + id + "'"));
    }

    @Test
    void withoutAzpTheServiceShouldBeNamedByItsPrincipal() {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        erase(id);
        given().auth()
                .oauth2(TestTokens.staff("referral-reader"))
                .when()
                .post("/api/v1/erasures/{id}/confirmation", id)
                .then()
                .statusCode(204);
        assertEquals(
                1,
                Database.count("SELECT count(*) FROM erasure_confirmation WHERE referral_id = '" + id
                        + "' AND service = 'referral-reader'"));
    }

    @Test
    void erasureRecordOfAReferralNotErasedShouldSayNothingConfirmed() {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .get("/api/v1/referrals/{id}/erasure", id)
                .then()
                .statusCode(200)
                .body("erasedAt", nullValue())
                .body("services.confirmedAt", contains(nullValue(), nullValue()))
                .body("complete", equalTo(false));
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .get("/api/v1/referrals/{id}/erasure", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void statusShouldSayWhetherAndWhenTheReferralWasErased() {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        given().auth()
                .oauth2(TestTokens.service(OUTCOMES, "referral-reader"))
                .when()
                .get("/api/v1/referrals/{id}/status", id)
                .then()
                .statusCode(200)
                .body("erased", equalTo(false))
                .body("erasedAt", nullValue())
                .body("status", equalTo("RECEIVED"));
        String erasedAt = erase(id);
        given().auth()
                .oauth2(TestTokens.service(OUTCOMES, "referral-reader"))
                .when()
                .get("/api/v1/referrals/{id}/status", id)
                .then()
                .statusCode(200)
                .body("erased", equalTo(true))
                .body("erasedAt", equalTo(erasedAt))
                .body("$", not(org.hamcrest.Matchers.hasKey("parents")));
    }

    @ParameterizedTest(name = "{0} uses the erasure protocol: {1}")
    @CsvSource({
        "referral-reader,true",
        "clinician,false",
        "manager,false",
        "admin,false",
        "funder,false",
        "feed-reader,false"
    })
    void protocolShouldBeOpenOnlyToTheServiceRole(String role, boolean allowed) {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        erase(id);
        String token = TestTokens.staff(role);
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/erasures/pending")
                .then()
                .statusCode(allowed ? 200 : 403);
        given().auth()
                .oauth2(token)
                .when()
                .post("/api/v1/erasures/{id}/confirmation", id)
                .then()
                .statusCode(allowed ? 204 : 403);
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .when()
                .get("/api/v1/erasures/pending")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/api/v1/erasures/pending").then().statusCode(401);
        given().when().post("/api/v1/erasures/{id}/confirmation", id).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} reads an erasure's confirmations: {1}")
    @CsvSource({"admin,200", "clinician,403", "manager,403", "funder,403", "feed-reader,403", "referral-reader,403"})
    void erasureRecordShouldBeForTheAdminOnly(String role, int status) {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        given().auth()
                .oauth2(TestTokens.staff(role))
                .when()
                .get("/api/v1/referrals/{id}/erasure", id)
                .then()
                .statusCode(status);
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .when()
                .get("/api/v1/referrals/{id}/erasure", id)
                .then()
                .statusCode(403);
        given().when().get("/api/v1/referrals/{id}/erasure", id).then().statusCode(401);
    }
}
