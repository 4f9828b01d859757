package org.oxpip.outcomes.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.outcomes.testing.Api.ASSESSMENTS;
import static org.oxpip.outcomes.testing.Api.as;
import static org.oxpip.outcomes.testing.Api.measure;
import static org.oxpip.outcomes.testing.Api.phq9;
import static org.oxpip.outcomes.testing.Api.record;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.outcomes.testing.Api;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;

/** POST /api/v1/assessments: the contract, every validation error, the referral's states, and nothing stored when refused. */
@QuarkusTest
class AssessmentsResourceTest {

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void closeTheCircuit() {
        // The unreachable-referrals test may open the breaker; other tests expect referrals-service up.
        circuitBreakers.resetAll();
    }

    @Test
    void shouldRecordAPhq9AsTheContractShows() {
        UUID referral = ReferralsStub.referral("ACCEPTED");
        ExtractableResponse<Response> created = record(phq9(referral))
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .contentType("application/json")
                .body("id", notNullValue())
                .body("referralId", equalTo(referral.toString()))
                .body("instrument", equalTo("PHQ9"))
                .body("timepoint", equalTo("BASELINE"))
                .body("respondent", equalTo("PARENT_1"))
                .body("completedOn", equalTo("2024-12-10"))
                .body("total", equalTo(10))
                .body("band", equalTo("moderate"))
                .body("riskFlag", equalTo(false))
                .body("alertRaised", equalTo(false))
                .body("answers", contains(0, 1, 2, 3, 1, 0, 2, 1, 0))
                .body("recordedBy", equalTo("clinician"))
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith(ASSESSMENTS + "/" + id), created.header("Location"));
        as("clinician")
                .when()
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("total", equalTo(10));
    }

    @ParameterizedTest(name = "{0} {1}: total {2}, band {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "PHQ9,         0 1 2 3 1 0 2 1 0,  10, moderate",
                "GAD7,         1 1 1 1 1 1 1,      7,  mild",
                "EPDS,         1 1 1 1 1 1 1 1 1 0, 9, depression unlikely",
                "PIRGAS,       55,                 55, distressed",
                "SATISFACTION, 2 4 5 3,            -,  positive",
            })
    void shouldScoreEveryInstrument(String instrument, String answers, Integer total, String band) {
        record(measure(
                        ReferralsStub.referral("IN_THERAPY"),
                        instrument,
                        "BASELINE",
                        "PARENT_1",
                        "2024-12-10",
                        ints(answers)))
                .statusCode(201)
                .body("total", equalTo(total))
                .body("band", equalTo(band));
    }

    @ParameterizedTest(name = "a referral {0} in referrals-service takes measures")
    @ValueSource(strings = {"ACCEPTED", "WAITING", "IN_THERAPY", "CLOSED"})
    void shouldRecordForAnAcceptedReferral(String status) {
        record(phq9(ReferralsStub.referral(status))).statusCode(201);
    }

    @ParameterizedTest(name = "a referral {0} in referrals-service is refused with 422, nothing stored")
    @ValueSource(strings = {"RECEIVED", "DECLINED", "REDIRECTED"})
    void shouldRefuseAReferralThatWasNotAccepted(String status) {
        Map<String, Long> before = Rows.counts();
        record(phq9(ReferralsStub.referral(status)))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/referral-not-accepted"))
                .body("status", equalTo(422));
        assertEquals(before, Rows.counts());
    }

    @Test
    void shouldRefuseAReferralReferralsServiceDoesNotKnowWith422AndStoreNothing() {
        Map<String, Long> before = Rows.counts();
        record(phq9(ReferralsStub.unknownReferral()))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/unknown-referral"));
        assertEquals(before, Rows.counts());
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenReferralsServiceIsDownAndStoreNothing() {
        Map<String, Long> before = Rows.counts();
        record(phq9(ReferralsStub.UNREACHABLE))
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("10"))
                .body("type", equalTo("https://oxpip.org/problems/referrals-unavailable"));
        assertEquals(before, Rows.counts());
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "instrument   | CSQ8      | must be one of PHQ9, GAD7, EPDS, PIRGAS, SATISFACTION",
                "timepoint    | DISCHARGE | must be one of BASELINE, REVIEW, END, FOLLOW_UP",
                "respondent   | PARENT_3  | must be one of PARENT_1, PARENT_2",
                "completedOn  | 2024-01-09 | must not be before the referral was received",
            })
    void shouldNameABadField(String field, String value, String message) {
        Map<String, Object> body = phq9(ReferralsStub.referral("ACCEPTED"));
        body.put(field, value);
        assertInvalid(body, field, message);
    }

    @Test
    void shouldRefuseACompletionDateInTheFuture() {
        Map<String, Object> body = phq9(ReferralsStub.referral("ACCEPTED"));
        body.put(
                "completedOn",
                LocalDate.now(ZoneId.of("Europe/London")).plusDays(2).toString());
        assertInvalid(body, "completedOn", "must not be in the future");
    }

    @Test
    void shouldTakeAMeasureCompletedOnTheDayTheReferralWasReceived() {
        Map<String, Object> body = phq9(ReferralsStub.referral("ACCEPTED"));
        body.put("completedOn", ReferralsStub.RECEIVED_ON);
        record(body).statusCode(201);
    }

    @ParameterizedTest(name = "answers {0}: {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[0, 1, 2, 4, 1, 0, 2, 1, 0]      | answers[3] | item 4 must be from 0 to 3",
                "[0, 1, 2, -1, 1, 0, 2, 1, 0]     | answers[3] | item 4 must be from 0 to 3",
                "[0, 1, 2, 1.5, 1, 0, 2, 1, 0]    | answers[3] | item 4 must be a whole number",
                "[0, 1, 2, null, 1, 0, 2, 1, 0]   | answers[3] | item 4 is required",
                "[0, 1, 2, \"2\", 1, 0, 2, 1, 0]  | answers[3] | has the wrong type or format",
                "[0, 1, 2, true, 1, 0, 2, 1, 0]   | answers[3] | has the wrong type or format",
                "[0, 1, 2, 3, 1, 0, 2, 1]         | answers    | must have 9 answers for PHQ9, one per item in order",
                "[]                               | answers    | must have 9 answers for PHQ9, one per item in order",
                "null                             | answers    | is required",
                "\"012310210\"                    | answers    | has the wrong type or format",
            })
    void shouldNameEachBadAnswer(String answers, String field, String message) {
        String body = """
                {"referralId": "%s", "instrument": "PHQ9", "timepoint": "BASELINE", "respondent": "PARENT_1",
                 "completedOn": "2024-12-10", "answers": %s}""".formatted(ReferralsStub.referral("ACCEPTED"), answers);
        Map<String, Long> before = Rows.counts();
        as("clinician")
                .body(body)
                .when()
                .post(ASSESSMENTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(field))
                .body("errors[0].message", startsWith(message));
        assertEquals(before, Rows.counts());
    }

    @Test
    void shouldNameEveryBadFieldAtOnce() {
        as("clinician")
                .body("""
                {"instrument": "PHQ9", "timepoint": "LATER", "completedOn": "2999-01-01",
                 "answers": [9, 0, 0, 0, 0, 0, 0, 0, 0]}""")
                .when()
                .post(ASSESSMENTS)
                .then()
                .statusCode(400)
                .body("detail", equalTo("5 fields are invalid"))
                .body("errors.field", contains("referralId", "timepoint", "respondent", "completedOn", "answers[0]"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"referralId\": \"not-a-uuid\"}              | referralId",
                "{\"completedOn\": \"10/12/2024\"}              | completedOn",
                "{\"instrument\": \"PHQ9\", \"score\": 3}       | score",
                "{\"instrument\": 9}                           | instrument",
                "{\"respondent\": true}                        | respondent",
                "{\"comments\": 123}                           | comments",
                "{\"comments\": 1.5}                           | comments",
            })
    void shouldNameAFieldJsonCannotRead(String body, String field) {
        as("clinician")
                .body(body)
                .when()
                .post(ASSESSMENTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(field));
    }

    @Test
    void shouldRefuseMalformedJsonAndAMissingBody() {
        as("clinician")
                .body("{\"instrument\": ")
                .when()
                .post(ASSESSMENTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as("clinician").when().post(ASSESSMENTS).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldTakeCommentsOnSatisfactionOnly() {
        Map<String, Object> satisfaction =
                measure(ReferralsStub.referral("CLOSED"), "SATISFACTION", "END", "PARENT_2", "2024-12-10", 1, 5, 5, 4);
        satisfaction.put("comments", "Thank you for listening to us.");
        String id = Api.recorded(satisfaction);
        as("clinician")
                .when()
                .get(Api.ASSESSMENT, id)
                .then()
                .statusCode(200)
                .body("comments", equalTo("Thank you for listening to us."))
                .body("total", nullValue())
                .body("band", equalTo("positive"));

        Map<String, Object> phq9 = phq9(ReferralsStub.referral("ACCEPTED"));
        phq9.put("comments", "free text");
        assertInvalid(phq9, "comments", "are not taken by PHQ9");

        satisfaction.put("comments", "x".repeat(2001));
        assertInvalid(satisfaction, "comments", "must be at most 2000 characters");
    }

    @Test
    void shouldRecordTheWriteInTheAuditTrail() {
        String id = Api.recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        assertEquals(
                1,
                Rows.count(
                        "SELECT count(*) FROM audit_entry WHERE record_id = '" + id
                                + "' AND action = 'RECORD' AND actor = 'clinician' AND role = 'clinician' AND record_type = 'assessment'"));
    }

    @Test
    void shouldRefuseAMissingToken() {
        given().contentType("application/json")
                .body(phq9(ReferralsStub.referral("ACCEPTED")))
                .when()
                .post(ASSESSMENTS)
                .then()
                .statusCode(401);
    }

    @ParameterizedTest(name = "{0} records a measure: {1}")
    @CsvSource({
        "clinician,201",
        "manager,403",
        "admin,403",
        "funder,403",
        "referrer,403",
        "referral-reader,403",
        "feed-reader,403"
    })
    void shouldFollowTheRoleMatrix(String role, int status) {
        as(role).body(phq9(ReferralsStub.referral("ACCEPTED")))
                .when()
                .post(ASSESSMENTS)
                .then()
                .statusCode(status);
    }

    private static void assertInvalid(Map<String, Object> body, String field, String message) {
        Map<String, Long> before = Rows.counts();
        record(body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/validation"))
                .body("errors", hasSize(1))
                .body("errors.field", containsInAnyOrder(field))
                .body("errors[0].message", equalTo(message));
        assertEquals(before, Rows.counts());
    }

    private static int[] ints(String answers) {
        return java.util.Arrays.stream(answers.trim().split(" +"))
                .mapToInt(Integer::parseInt)
                .toArray();
    }
}
