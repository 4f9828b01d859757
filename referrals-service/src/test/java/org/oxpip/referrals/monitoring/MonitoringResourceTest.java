package org.oxpip.referrals.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Database;
import org.oxpip.referrals.testing.ReferralBodies;
import org.oxpip.referrals.testing.Sessions;

@QuarkusTest
class MonitoringResourceTest {

    private static final String PATH = "/api/v1/referrals/{id}/parents/{position}/monitoring";

    private static Map<String, Object> answers() {
        Map<String, Object> m = new HashMap<>();
        m.put("ethnicGroup", "PREFER_NOT_TO_SAY");
        m.put("relationshipToBaby", "BIRTH_MOTHER");
        m.put("firstTimeParent", "YES");
        m.put("disability", "NO");
        m.put("needsInterpreter", "NO");
        return m;
    }

    private static String submitWithMonitoring(Map<String, Object> monitoring) {
        Map<String, Object> body = ReferralBodies.partner();
        ReferralBodies.firstParent(body).put("monitoring", monitoring);
        return given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static ValidatableResponse read(String id, Object position) {
        return given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get(PATH, id, position)
                .then();
    }

    private static ValidatableResponse put(String id, Object position, String ifMatch, Object body) {
        var request = given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .contentType(ContentType.JSON)
                .body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(PATH, id, position).then();
    }

    /** The test parent (born 1993-04-02) on the day a partner's referral arrives, worked out by hand. */
    static String expectedBand() {
        int age =
                Period.between(LocalDate.of(1993, 4, 2), ReferralBodies.today()).getYears();
        return age < 35 ? "AGE_30_34" : age < 40 ? "AGE_35_39" : "AGE_40_PLUS";
    }

    @Test
    void aPartnerShouldSendMonitoringWithTheReferralAndStaffReadIt() {
        String id = submitWithMonitoring(Map.of("ethnicGroup", "WHITE_ROMA", "firstTimeParent", "YES"));
        read(id, 1)
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("position", equalTo(1))
                .body("ageBandAtReferral", equalTo(expectedBand()))
                .body("ethnicGroup", equalTo("WHITE_ROMA"))
                .body("relationshipToBaby", equalTo("NOT_ASKED"))
                .body("firstTimeParent", equalTo("YES"))
                .body("disability", equalTo("NOT_ASKED"))
                .body("needsInterpreter", equalTo("NOT_ASKED"));
        read(id, 2).statusCode(404);
        read(id, 3).statusCode(404);
        read(id, "one").statusCode(404);
        assertEquals(
                1,
                Database.count("SELECT count(*) FROM audit_entry WHERE referral_id = '" + id
                        + "' AND action = 'READ_MONITORING'"));
        String facts = Sessions.latestFacts(id);
        assertTrue(facts.contains("\"ethnicGroup\": \"WHITE_ROMA\""), facts);
        assertTrue(facts.contains("\"position\": 1"), facts);
        assertTrue(!facts.contains("1993") && !facts.contains(ReferralBodies.FAMILY_NAME), facts);
    }

    @Test
    void aParentWithoutMonitoringShouldBeNotAsked() {
        String id = Sessions.waiting(ReferralBodies.today().minusDays(10));
        read(id, 1)
                .statusCode(200)
                .body("ethnicGroup", equalTo("NOT_ASKED"))
                .body("relationshipToBaby", equalTo("NOT_ASKED"))
                .body("firstTimeParent", equalTo("NOT_ASKED"));
    }

    @Test
    void staffShouldCorrectMonitoringWithTheCurrentVersion() {
        String id = submitWithMonitoring(Map.of());
        put(id, 1, null, answers()).statusCode(428);
        put(id, 1, "\"0\"", answers())
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("ethnicGroup", equalTo("PREFER_NOT_TO_SAY"))
                .body("relationshipToBaby", equalTo("BIRTH_MOTHER"))
                .body("version", equalTo(1));
        put(id, 1, "\"0\"", answers()).statusCode(412).body("type", endsWith("/stale-version"));
        put(id, 1, "\"1\"", Map.of("disability", "YES"))
                .statusCode(200)
                .body("disability", equalTo("YES"))
                .body("ethnicGroup", equalTo("NOT_ASKED"));
        put(id, 2, "\"0\"", answers()).statusCode(404);
        assertEquals(
                2,
                Database.count("SELECT count(*) FROM audit_entry WHERE referral_id = '" + id
                        + "' AND action = 'CORRECT_MONITORING'"));
        assertTrue(Sessions.latestFacts(id).contains("\"disability\": \"YES\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ethnicGroup", "relationshipToBaby", "firstTimeParent", "disability", "needsInterpreter"})
    void anUnknownCodeShouldBeRefusedWithoutRepeatingIt(String field) {
        String id = submitWithMonitoring(Map.of());
        Map<String, Object> body = answers();
        body.put(field, "MAYBE_XYZZY");
        var before = Database.rowCounts();
        put(id, 1, "\"0\"", body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(field))
                .body(not(containsString("XYZZY")));
        put(id, 1, "\"0\"", Map.of("religion", "NONE")).statusCode(400);
        assertEquals(before, Database.rowCounts());

        Map<String, Object> referral = ReferralBodies.partner();
        ReferralBodies.firstParent(referral).put("monitoring", body);
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .contentType(ContentType.JSON)
                .body(referral)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(400)
                .body("errors.field", contains("parents[0].monitoring." + field))
                .body(not(containsString("XYZZY")));
        assertEquals(before, Database.rowCounts());
    }

    @Test
    void erasureShouldKeepTheCodesAndRefuseChanges() {
        String id = submitWithMonitoring(answers());
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/referrals/{id}/erasure", id)
                .then()
                .statusCode(200);
        read(id, 1)
                .statusCode(200)
                .body("ethnicGroup", equalTo("PREFER_NOT_TO_SAY"))
                .body("ageBandAtReferral", equalTo(expectedBand()));
        put(id, 1, "\"0\"", answers()).statusCode(409).body("type", endsWith("/erased"));
        String facts = Sessions.latestFacts(id);
        assertTrue(facts.contains("\"erased\": true") && facts.contains("\"relationshipToBaby\": \"BIRTH_MOTHER\""));
    }

    @Test
    void partnersAndFundersShouldNeverReadOrChangeMonitoring() {
        String id = submitWithMonitoring(answers());
        for (String token : List.of(TestTokens.partner(TestTokens.AGENCY_A), TestTokens.funder("DIDCOT_POWERHOUSE"))) {
            given().auth().oauth2(token).when().get(PATH, id, 1).then().statusCode(403);
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(answers())
                    .when()
                    .put(PATH, id, 1)
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void ageBandsShouldFollowTheMaternityStatistics() {
        LocalDate day = LocalDate.of(2024, 6, 1);
        assertEquals(AgeBand.UNDER_20, AgeBand.of(day.minusYears(20).plusDays(1), day));
        assertEquals(AgeBand.AGE_20_24, AgeBand.of(day.minusYears(20), day));
        assertEquals(AgeBand.AGE_20_24, AgeBand.of(day.minusYears(25).plusDays(1), day));
        assertEquals(AgeBand.AGE_25_29, AgeBand.of(day.minusYears(25), day));
        assertEquals(AgeBand.AGE_30_34, AgeBand.of(day.minusYears(30), day));
        assertEquals(AgeBand.AGE_35_39, AgeBand.of(day.minusYears(39), day));
        assertEquals(AgeBand.AGE_40_PLUS, AgeBand.of(day.minusYears(40), day));
        assertEquals(AgeBand.UNDER_20, AgeBand.of(day.minusYears(12), day));
    }

    @Test
    void theEthnicGroupsShouldBeTheNineteenOfTheCensus() {
        assertEquals(21, EthnicGroup.values().length, "19 ONS 2021 categories, PREFER_NOT_TO_SAY and NOT_ASKED");
    }
}
