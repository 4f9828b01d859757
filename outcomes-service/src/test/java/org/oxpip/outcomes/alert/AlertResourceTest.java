package org.oxpip.outcomes.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oxpip.outcomes.testing.Api.as;
import static org.oxpip.outcomes.testing.Api.measure;
import static org.oxpip.outcomes.testing.Api.record;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.outcomes.testing.Api;
import org.oxpip.outcomes.testing.Races;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;

/** A positive self-harm answer opens an alert that a clinician acknowledges once. */
@QuarkusTest
class AlertResourceTest {

    private static final String ALERTS = "/api/v1/alerts";
    private static final String ACKNOWLEDGE = "/api/v1/alerts/{id}/acknowledge";
    private static final Map<String, String> NOTE = Map.of("note", "Called the parent; safety plan agreed with the GP");

    @ParameterizedTest(name = "{0} {1}: alert raised {2}, risk items {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PHQ9 | 0 0 0 0 0 0 0 0 1    | true  | 9", // PHQ-9 item 9, any answer above 0
                "PHQ9 | 3 3 3 3 3 3 3 3 0    | false | ''",
                "EPDS | 0 0 0 0 0 0 0 0 0 2  | true  | 10", // EPDS item 10, any answer above 0
                "EPDS | 3 3 3 3 3 3 3 3 3 0  | false | ''",
                "GAD7 | 3 3 3 3 3 3 3        | false | ''",
            })
    void shouldRaiseAnAlertForAPositiveRiskItem(String instrument, String answers, boolean raised, String items) {
        UUID referral = ReferralsStub.referral("IN_THERAPY");
        String id = record(measure(referral, instrument, "REVIEW", "PARENT_2", "2024-12-10", ints(answers)))
                .statusCode(201)
                .body("riskFlag", equalTo(raised))
                .body("alertRaised", equalTo(raised))
                .extract()
                .path("id");
        assertEquals(
                raised ? 1 : 0,
                Rows.count("SELECT count(*) FROM risk_alert WHERE assessment_id = '" + id + "' AND status = 'OPEN'"));
        if (raised) {
            as("manager")
                    .queryParam("status", "OPEN")
                    .queryParam("size", "100")
                    .when()
                    .get(ALERTS)
                    .then()
                    .statusCode(200);
            as("clinician")
                    .when()
                    .get(ALERTS + "?status=OPEN&size=100&page=0")
                    .then()
                    .body("items.assessmentId", hasItem(id))
                    .body("items.find { it.assessmentId == '" + id + "' }.riskItems", contains(Integer.parseInt(items)))
                    .body("items.find { it.assessmentId == '" + id + "' }.referralId", equalTo(referral.toString()))
                    .body("items.find { it.assessmentId == '" + id + "' }.respondent", equalTo("PARENT_2"));
        }
    }

    @Test
    void shouldRaiseAnAlertWhenACorrectionMakesARiskItemPositiveAndOnlyThen() {
        String id = Api.recorded(Api.phq9(ReferralsStub.referral("ACCEPTED")));
        as("clinician")
                .header("If-Match", "\"0\"")
                .body(Api.correction("BASELINE", "2024-12-10", "item 9 was missed", 0, 1, 2, 3, 1, 0, 2, 1, 1))
                .when()
                .put(Api.ASSESSMENT, id)
                .then()
                .statusCode(200)
                .body("riskFlag", equalTo(true))
                .body("alertRaised", equalTo(true));
        as("clinician")
                .header("If-Match", "\"1\"")
                .body(Api.correction("BASELINE", "2024-12-10", "item 9 was 2", 0, 1, 2, 3, 1, 0, 2, 1, 2))
                .when()
                .put(Api.ASSESSMENT, id)
                .then()
                .statusCode(200);
        assertEquals(
                1,
                Rows.count("SELECT count(*) FROM risk_alert WHERE assessment_id = '" + id + "'"),
                "an answer that already was a risk answer has had its alert");
    }

    @Test
    void shouldAcknowledgeOnceWithANote() {
        String alert = openAlert();
        as("clinician")
                .body(NOTE)
                .when()
                .post(ACKNOWLEDGE, alert)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedBy", equalTo("clinician"))
                .body("note", equalTo(NOTE.get("note")));
        as("clinician").when().get(ALERTS + "?status=OPEN&size=100").then().body("items.id", not(hasItem(alert)));
        as("clinician")
                .when()
                .get(ALERTS + "?status=ACKNOWLEDGED&size=100")
                .then()
                .body("items.id", hasItem(alert));
        assertEquals(
                1,
                Rows.count("SELECT count(*) FROM audit_entry WHERE record_id = '" + alert
                        + "' AND action = 'ACKNOWLEDGE' AND record_type = 'risk_alert'"));

        Map<String, Long> before = Rows.counts();
        as("clinician")
                .body(NOTE)
                .when()
                .post(ACKNOWLEDGE, alert)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/alert-already-acknowledged"));
        assertEquals(before, Rows.counts());
    }

    @Test
    void twoCliniciansAcknowledgingAtOnceShouldGetOne200AndOne409() throws Exception {
        String alert = openAlert();
        List<Integer> statuses = Races.run(
                2,
                () -> as("clinician")
                        .body(NOTE)
                        .when()
                        .post(ACKNOWLEDGE, alert)
                        .then()
                        .extract()
                        .statusCode());
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
    }

    @Test
    void shouldRequireANote() {
        String alert = openAlert();
        Map<String, Long> before = Rows.counts();
        as("clinician")
                .body(Map.of("note", ""))
                .when()
                .post(ACKNOWLEDGE, alert)
                .then()
                .statusCode(400)
                .body("errors.field", contains("note"));
        as("clinician")
                .body("{}")
                .when()
                .post(ACKNOWLEDGE, alert)
                .then()
                .statusCode(400)
                .body("errors.field", contains("note"));
        as("clinician")
                .body(Map.of("note", "x".repeat(2001)))
                .when()
                .post(ACKNOWLEDGE, alert)
                .then()
                .statusCode(400);
        assertEquals(before, Rows.counts());
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownAlert() {
        as("clinician")
                .body(NOTE)
                .when()
                .post(ACKNOWLEDGE, UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    /**
     * Three alerts raised a day apart before every other alert in the database, in an order that is
     * neither their creation order nor their id order, so only a sort by the time raised lists them so.
     */
    @Test
    void shouldPageOldestFirst() {
        List<String> byId = java.util.stream.Stream.of(openAlert(), openAlert(), openAlert())
                .sorted()
                .toList();
        List<String> oldestFirst = List.of(byId.get(2), byId.get(0), byId.get(1));
        Instant before = Instant.parse(Rows.string("SELECT to_char(min(raised_at) AT TIME ZONE 'UTC',"
                + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM risk_alert"));
        for (int i = 0; i < 3; i++) {
            Rows.execute("UPDATE risk_alert SET raised_at = '" + before.minus(Duration.ofDays(3 - i)) + "' WHERE id = '"
                    + oldestFirst.get(i) + "'");
        }

        as("clinician")
                .when()
                .get(ALERTS + "?status=OPEN&page=0&size=2")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", greaterThanOrEqualTo(3))
                .body("items.id", contains(oldestFirst.get(0), oldestFirst.get(1)))
                .body(
                        "items.raisedAt",
                        contains(
                                before.minus(Duration.ofDays(3)).toString(),
                                before.minus(Duration.ofDays(2)).toString()));
        as("clinician")
                .when()
                .get(ALERTS + "?status=OPEN&page=1&size=2")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(oldestFirst.get(2)));
        as("clinician")
                .when()
                .get(ALERTS)
                .then()
                .statusCode(200)
                .body("size", equalTo(20))
                .body("items.id[0..2]", equalTo(oldestFirst))
                .body("items.status", everyItem(org.hamcrest.Matchers.oneOf("OPEN", "ACKNOWLEDGED")))
                .body("items", hasSize(lessThanOrEqualTo(20)));
    }

    @Test
    void shouldAuditEachAlertListedWithItsOwnRow() {
        openAlert();
        openAlert();
        String page = ALERTS + "?status=OPEN&page=0&size=2";
        List<String> listed = as("clinician")
                .when()
                .get(page)
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .extract()
                .path("items.id");
        Map<String, Long> before = listedByManager(listed);
        long rowsBefore = Rows.count("SELECT count(*) FROM audit_entry");

        as("manager").when().get(page).then().statusCode(200).body("items.id", equalTo(listed));

        assertEquals(rowsBefore + 2, Rows.count("SELECT count(*) FROM audit_entry"), "one row per alert returned");
        listed.forEach(alert ->
                assertEquals(before.get(alert) + 1, listedByManager(listed).get(alert), alert));
        assertEquals(
                0,
                Rows.count("SELECT count(*) FROM audit_entry WHERE record_type = 'risk_alert' AND record_id IS NULL"));
    }

    @Test
    void anEmptyPageShouldReadNoRecordAndAuditNone() {
        long before = Rows.count("SELECT count(*) FROM audit_entry");
        as("clinician")
                .when()
                .get(ALERTS + "?page=100000&size=100")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        assertEquals(before, Rows.count("SELECT count(*) FROM audit_entry"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"status,CLOSED", "status,open", "page,-1", "page,x", "size,0", "size,101", "size,ten"})
    void shouldNameABadQueryParameter(String name, String value) {
        as("clinician")
                .queryParam(name, value)
                .when()
                .get(ALERTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(name));
    }

    @ParameterizedTest(name = "{0} lists alerts: {1}, acknowledges: {2}")
    @CsvSource({
        "clinician,200,200",
        "manager,200,403",
        "admin,403,403",
        "funder,403,403",
        "referrer,403,403",
        "referral-reader,403,403",
        "feed-reader,403,403"
    })
    void shouldFollowTheRoleMatrix(String role, int list, int acknowledge) {
        String alert = openAlert();
        as(role).when().get(ALERTS + "?status=OPEN").then().statusCode(list);
        as(role).body(NOTE).when().post(ACKNOWLEDGE, alert).then().statusCode(acknowledge);
    }

    @Test
    void shouldRefuseAMissingToken() {
        given().when().get(ALERTS).then().statusCode(401);
        given().contentType("application/json")
                .body(NOTE)
                .when()
                .post(ACKNOWLEDGE, openAlert())
                .then()
                .statusCode(401);
    }

    private static Map<String, Long> listedByManager(List<String> alerts) {
        return alerts.stream()
                .collect(java.util.stream.Collectors.toMap(
                        alert -> alert,
                        alert -> Rows.count("SELECT count(*) FROM audit_entry WHERE record_id = '" + alert
                                + "' AND record_type = 'risk_alert'"
                                + " AND action = 'LIST' AND actor = 'manager' AND role = 'manager'")));
    }

    /** Records a PHQ-9 with item 9 answered, and gives the alert it opened. */
    private static String openAlert() {
        String assessment = Api.recorded(measure(
                ReferralsStub.referral("ACCEPTED"),
                "PHQ9",
                "BASELINE",
                "PARENT_1",
                "2024-12-10",
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1));
        return Rows.string("SELECT id FROM risk_alert WHERE assessment_id = '" + assessment + "'");
    }

    private static int[] ints(String answers) {
        return java.util.Arrays.stream(answers.trim().split(" +"))
                .mapToInt(Integer::parseInt)
                .toArray();
    }
}
