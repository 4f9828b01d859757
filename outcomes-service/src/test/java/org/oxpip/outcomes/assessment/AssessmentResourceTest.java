package org.oxpip.outcomes.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oxpip.outcomes.testing.Api.ASSESSMENT;
import static org.oxpip.outcomes.testing.Api.as;
import static org.oxpip.outcomes.testing.Api.correction;
import static org.oxpip.outcomes.testing.Api.phq9;
import static org.oxpip.outcomes.testing.Api.recorded;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.outcomes.testing.Races;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;

/** Reading, correcting (If-Match) and deleting one assessment, with its history and audit trail. */
@QuarkusTest
class AssessmentResourceTest {

    private static final String HISTORY = ASSESSMENT + "/history";
    private static final Map<String, String> REASON = Map.of("reason", "Entered in error: wrong family");

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void closeTheCircuit() {
        circuitBreakers.resetAll();
    }

    @Test
    void shouldReadAnAssessmentWithItsETagAndAuditTheRead() {
        String id = recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        as("manager")
                .when()
                .get(ASSESSMENT, id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("version", equalTo(0));
        assertEquals(1, audited(id, "READ", "manager"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownAssessment() {
        as("clinician")
                .when()
                .get(ASSESSMENT, UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as("clinician").when().get(ASSESSMENT, "not-a-uuid").then().statusCode(404);
    }

    @Test
    void shouldCorrectKeepingThePreviousVersionInTheHistory() {
        String id = recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        as("clinician")
                .header("If-Match", "\"0\"")
                .body(correction("REVIEW", "2024-12-11", "Item 4 was transcribed wrongly", 0, 1, 2, 0, 1, 0, 2, 1, 0))
                .when()
                .put(ASSESSMENT, id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("total", equalTo(7))
                .body("band", equalTo("mild"))
                .body("timepoint", equalTo("REVIEW"))
                .body("completedOn", equalTo("2024-12-11"))
                .body("version", equalTo(1));

        as("clinician")
                .when()
                .get(HISTORY, id)
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].version", equalTo(0))
                .body("[0].total", equalTo(10))
                .body("[0].timepoint", equalTo("BASELINE"))
                .body("[0].answers", contains(0, 1, 2, 3, 1, 0, 2, 1, 0))
                .body("[0].change", equalTo("CORRECTED"))
                .body("[0].reason", equalTo("Item 4 was transcribed wrongly"))
                .body("[0].replacedBy", equalTo("clinician"));
        assertEquals(1, audited(id, "CORRECT", "clinician"));
        assertEquals(1, audited(id, "READ_HISTORY", "clinician"));
    }

    @Test
    void shouldRequireIfMatchToCorrect() {
        String id = recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        Map<String, Long> before = Rows.counts();
        as("clinician")
                .body(correction("BASELINE", "2024-12-10", "typo", 0, 0, 0, 0, 0, 0, 0, 0, 0))
                .when()
                .put(ASSESSMENT, id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/if-match-required"));
        as("clinician")
                .header("If-Match", "version 0")
                .body(correction("BASELINE", "2024-12-10", "typo", 0, 0, 0, 0, 0, 0, 0, 0, 0))
                .when()
                .put(ASSESSMENT, id)
                .then()
                .statusCode(400)
                .body("errors.field", contains("If-Match"));
        assertEquals(before, Rows.counts());
    }

    /** Not one of our ETags: the client sent something it never read from us (400, as in every service), not a stale version. */
    @ParameterizedTest(name = "If-Match: {0}")
    @ValueSource(strings = {"*", "abc", "0", "\"0\", \"1\"", "\"1234567890\""})
    void anIfMatchThatIsNotOneOfOurEtagsShouldBe400InvalidIfMatch(String ifMatch) {
        String id = recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        Map<String, Long> before = Rows.counts();
        as("clinician")
                .header("If-Match", ifMatch)
                .body(correction("BASELINE", "2024-12-10", "typo", 0, 0, 0, 0, 0, 0, 0, 0, 0))
                .when()
                .put(ASSESSMENT, id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/invalid-if-match"))
                .body("errors.field", contains("If-Match"));
        as("clinician")
                .header("If-Match", ifMatch)
                .body(REASON)
                .when()
                .delete(ASSESSMENT, id)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://oxpip.org/problems/invalid-if-match"));
        assertEquals(before, Rows.counts());
    }

    @Test
    void shouldRefuseAStaleCorrectionWith412() {
        String id = recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        as("clinician")
                .header("If-Match", "\"0\"")
                .body(correction("BASELINE", "2024-12-10", "first", 1, 1, 1, 1, 1, 1, 1, 1, 0))
                .when()
                .put(ASSESSMENT, id)
                .then()
                .statusCode(200);
        Map<String, Long> before = Rows.counts();
        as("clinician")
                .header("If-Match", "\"0\"")
                .body(correction("BASELINE", "2024-12-10", "second", 2, 2, 2, 2, 2, 2, 2, 2, 0))
                .when()
                .put(ASSESSMENT, id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/stale-version"));
        assertEquals(before, Rows.counts());
        as("clinician").when().get(ASSESSMENT, id).then().body("total", equalTo(8));
    }

    @Test
    void twoCorrectionsOfTheSameVersionShouldGetOne200AndOne412() throws Exception {
        String id = recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        List<Integer> statuses = Races.run(
                2,
                () -> as("clinician")
                        .header("If-Match", "\"0\"")
                        .body(correction("BASELINE", "2024-12-10", "race", 1, 1, 1, 1, 1, 1, 1, 1, 0))
                        .when()
                        .put(ASSESSMENT, id)
                        .then()
                        .extract()
                        .statusCode());
        assertEquals(List.of(200, 412), statuses.stream().sorted().toList());
        as("clinician").when().get(HISTORY, id).then().body("$", hasSize(1));
    }

    @ParameterizedTest(name = "correction with {0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"timepoint\": \"BASELINE\", \"respondent\": \"PARENT_1\", \"completedOn\": \"2024-12-10\", \"answers\": [0,0,0,0,0,0,0,0,0]} | reason",
                "{\"timepoint\": \"BASELINE\", \"respondent\": \"PARENT_1\", \"completedOn\": \"2024-12-10\", \"answers\": [0,0,0,0,0,0,0,0], \"reason\": \"r\"} | answers",
                "{\"timepoint\": \"SOON\", \"respondent\": \"PARENT_1\", \"completedOn\": \"2024-12-10\", \"answers\": [0,0,0,0,0,0,0,0,0], \"reason\": \"r\"} | timepoint",
                "{\"timepoint\": \"BASELINE\", \"respondent\": \"PARENT_1\", \"completedOn\": \"2023-12-10\", \"answers\": [0,0,0,0,0,0,0,0,0], \"reason\": \"r\"} | completedOn",
                "{\"timepoint\": \"BASELINE\", \"respondent\": \"PARENT_1\", \"completedOn\": \"2024-12-10\", \"answers\": [0,0,0,0,0,0,0,0,0], \"reason\": \"r\", \"comments\": \"c\"} | comments",
            })
    void shouldNameABadFieldOfACorrection(String body, String field) {
        String id = recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        Map<String, Long> before = Rows.counts();
        as("clinician")
                .header("If-Match", "\"0\"")
                .body(body)
                .when()
                .put(ASSESSMENT, id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(field));
        assertEquals(before, Rows.counts());
    }

    @Test
    void shouldNotCorrectWhileReferralsServiceIsDown() {
        // An assessment recorded against the stub's unreachable referral cannot exist; fake one with SQL.
        String id = UUID.randomUUID().toString();
        Rows.execute(
                "INSERT INTO assessment (id, referral_id, instrument, timepoint, respondent, completed_on, answers,"
                        + " total, band, risk_flag, deleted, recorded_by, created_at, updated_at, version) VALUES ('"
                        + id + "', '"
                        + ReferralsStub.UNREACHABLE
                        + "', 'PHQ9', 'BASELINE', 'PARENT_1', '2024-12-10', '{0,0,0,0,0,0,0,0,0}', 0,"
                        + " 'minimal', false, false, 'clinician', now(), now(), 0)");
        Map<String, Long> before = Rows.counts();
        as("clinician")
                .header("If-Match", "\"0\"")
                .body(correction("BASELINE", "2024-12-10", "r", 1, 0, 0, 0, 0, 0, 0, 0, 0))
                .when()
                .put(ASSESSMENT, id)
                .then()
                .statusCode(503)
                .header("Retry-After", equalTo("10"));
        assertEquals(before, Rows.counts());
    }

    @Test
    void shouldNotDeleteWhileReferralsServiceCannotSayWhetherTheReferralWasErased() {
        String id = UUID.randomUUID().toString();
        Rows.execute(
                "INSERT INTO assessment (id, referral_id, instrument, timepoint, respondent, completed_on, answers,"
                        + " total, band, risk_flag, deleted, recorded_by, created_at, updated_at, version) VALUES ('"
                        + id + "', '"
                        + ReferralsStub.UNREACHABLE
                        + "', 'PHQ9', 'BASELINE', 'PARENT_1', '2024-12-10', '{0,0,0,0,0,0,0,0,0}', 0,"
                        + " 'minimal', false, false, 'clinician', now(), now(), 0)");
        Map<String, Long> before = Rows.counts();
        as("clinician")
                .header("If-Match", "\"0\"")
                .body(REASON)
                .when()
                .delete(ASSESSMENT, id)
                .then()
                .statusCode(503)
                .header("Retry-After", equalTo("10"));
        assertEquals(before, Rows.counts());
        assertEquals(0, Rows.count("SELECT count(*) FROM assessment WHERE id = '" + id + "' AND deleted"));
    }

    @Test
    void shouldDeleteAsEnteredInErrorAndKeepTheRecord() {
        UUID referral = ReferralsStub.referral("ACCEPTED");
        String id = recorded(phq9(referral));
        as("clinician")
                .header("If-Match", "\"0\"")
                .body(REASON)
                .when()
                .delete(ASSESSMENT, id)
                .then()
                .statusCode(204);

        as("clinician")
                .when()
                .get(ASSESSMENT, id)
                .then()
                .statusCode(200)
                .body("deleted", equalTo(true))
                .body("deletedReason", equalTo("Entered in error: wrong family"))
                .header("ETag", equalTo("\"1\""));
        as("clinician").when().get(HISTORY, id).then().body("[0].change", equalTo("DELETED"));
        as("clinician")
                .when()
                .get("/api/v1/referrals/{id}/assessments", referral)
                .then()
                .body("$", hasSize(0));
        assertEquals(1, audited(id, "DELETE", "clinician"));

        Map<String, Long> before = Rows.counts();
        as("clinician")
                .header("If-Match", "\"1\"")
                .body(REASON)
                .when()
                .delete(ASSESSMENT, id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as("clinician")
                .header("If-Match", "\"1\"")
                .body(correction("BASELINE", "2024-12-10", "r", 0, 0, 0, 0, 0, 0, 0, 0, 0))
                .when()
                .put(ASSESSMENT, id)
                .then()
                .statusCode(409);
        assertEquals(before, Rows.counts());
    }

    @Test
    void shouldRequireAReasonAndIfMatchToDelete() {
        String id = recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        Map<String, Long> before = Rows.counts();
        as("clinician")
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", " "))
                .when()
                .delete(ASSESSMENT, id)
                .then()
                .statusCode(400)
                .body("errors.field", contains("reason"));
        as("clinician")
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "x".repeat(501)))
                .when()
                .delete(ASSESSMENT, id)
                .then()
                .statusCode(400)
                .body("errors.field", contains("reason"));
        as("clinician").body(REASON).when().delete(ASSESSMENT, id).then().statusCode(428);
        as("clinician")
                .header("If-Match", "\"7\"")
                .body(REASON)
                .when()
                .delete(ASSESSMENT, id)
                .then()
                .statusCode(412);
        as("clinician")
                .header("If-Match", "\"0\"")
                .body(REASON)
                .when()
                .delete(ASSESSMENT, UUID.randomUUID())
                .then()
                .statusCode(404);
        assertEquals(before, Rows.counts());
    }

    @Test
    void shouldAuditTheReadOfAFamilysList() {
        UUID referral = ReferralsStub.referral("WAITING");
        recorded(phq9(referral));
        as("clinician")
                .when()
                .get("/api/v1/referrals/{id}/assessments", referral)
                .then()
                .statusCode(200)
                .body("$", hasSize(1));
        assertEquals(
                1,
                Rows.count("SELECT count(*) FROM audit_entry WHERE record_id = '" + referral
                        + "' AND action = 'LIST' AND record_type = 'referral'"));
    }

    @ParameterizedTest(name = "{0} reads an assessment: {1}")
    @CsvSource({
        "clinician,200",
        "manager,200",
        "admin,200",
        "funder,403",
        "referrer,403",
        "referral-reader,403",
        "feed-reader,403"
    })
    void readShouldFollowTheRoleMatrix(String role, int status) {
        String id = recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        as(role).when().get(ASSESSMENT, id).then().statusCode(status);
        as(role).when().get(HISTORY, id).then().statusCode(status);
    }

    @ParameterizedTest(name = "{0} corrects and deletes: {1}")
    @CsvSource({
        "clinician,200,204",
        "admin,200,204",
        "manager,403,403",
        "funder,403,403",
        "referrer,403,403",
        "referral-reader,403,403",
        "feed-reader,403,403"
    })
    void changesShouldFollowTheRoleMatrix(String role, int correct, int delete) {
        String id = recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        as(role).header("If-Match", "\"0\"")
                .body(correction("BASELINE", "2024-12-10", "r", 0, 0, 0, 0, 0, 0, 0, 0, 0))
                .when()
                .put(ASSESSMENT, id)
                .then()
                .statusCode(correct);
        String version = correct == 200 ? "\"1\"" : "\"0\"";
        as(role).header("If-Match", version)
                .body(REASON)
                .when()
                .delete(ASSESSMENT, id)
                .then()
                .statusCode(delete);
    }

    @Test
    void shouldRefuseAMissingToken() {
        String id = recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        given().when().get(ASSESSMENT, id).then().statusCode(401);
        given().when().get(HISTORY, id).then().statusCode(401);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(correction("BASELINE", "2024-12-10", "r", 0, 0, 0, 0, 0, 0, 0, 0, 0))
                .when()
                .put(ASSESSMENT, id)
                .then()
                .statusCode(401);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(REASON)
                .when()
                .delete(ASSESSMENT, id)
                .then()
                .statusCode(401);
    }

    private static long audited(String id, String action, String actor) {
        return Rows.count("SELECT count(*) FROM audit_entry WHERE record_id = '" + id + "' AND action = '" + action
                + "' AND actor = '" + actor + "' AND record_type = 'assessment'");
    }
}
