package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.stack.LocalStack.Part;
import org.oxpip.stack.Service;

/**
 * Issue 12: an erasure reaches every service, also one that is down when the admin erases. A family's personal
 * data is put down every route that holds free text in both services (history reasons, measure comments,
 * corrections, deletions, alert notes); outcomes-service is stopped; the admin erases; outcomes-service comes
 * back and catches up by itself. Then none of the family's values is in any database, log or feed, and the
 * erased referral takes no new measure.
 */
@ExtendWith(RunningStack.class)
class ErasureSystemTest {

    private static final Duration CATCH_UP = Duration.ofSeconds(90);

    @Test
    void erasureWhileOutcomesServiceIsDownShouldReachItWhenItIsBackAndLeaveNothingPersonalAnywhere() {
        assumeFalse(RunningStack.attached(), "stops part of the stack: not on a stack somebody else started");
        Families.Parent parent = Families.parent("OX11");
        Map<String, Object> body = Families.partnerReferral(parent);
        @SuppressWarnings("unchecked")
        String referrerName = (String) ((Map<String, Object>) body.get("referrer")).get("name");
        String name = parent.givenName() + " " + parent.familyName();
        String id = Referrals.submit(Tokens.partnerA(), body);
        Referrals.move(id, "ACCEPTED");
        transition(
                id,
                Map.of(
                        "to",
                        "WAITING",
                        "reason",
                        "Spoke to " + name + " on " + parent.phone(),
                        "allocatedTherapist",
                        "Dr A. Therapist")); // staff's name: kept, caseloads need it

        // Free text in outcomes-service: a correction's reason, a deletion's reason, an alert's note, comments.
        String withAlert = record(id, "PHQ9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 2), null);
        acknowledge((String) Alerts.find("OPEN", withAlert).get("id"), "Called " + name + " at " + parent.phone());
        String corrected = record(id, "GAD7", Measures.gad7(9), null);
        correct(corrected, name + "'s answers were transcribed wrongly");
        String deleted = record(id, "PIRGAS", Measures.pirgas(50), null);
        delete(deleted, "Entered for " + name + " by mistake");
        String feedback = record(
                id,
                "SATISFACTION",
                List.of(1, 5, 5, 5),
                name + " says the sessions helped; write to " + parent.email() + " or call " + parent.phone());
        Set<String> family = Set.of(
                parent.givenName(),
                parent.familyName(),
                parent.nhsNumber(),
                parent.postcode(),
                parent.postcode().replace(" ", ""),
                parent.phone(),
                parent.phone().replace(" ", ""),
                parent.email(),
                referrerName);
        assertTrue(found(family, Service.OUTCOMES).size() > 0, "the family's free text is in outcomes-service first");

        long t0 = System.nanoTime();
        RunningStack.stack().stop(Part.OUTCOMES);
        JsonPath pending;
        try {
            given().auth()
                    .oauth2(Tokens.admin())
                    .when()
                    .post(Referrals.url("/referrals/" + id + "/erasure"))
                    .then()
                    .statusCode(200);
            pending = erasure(id);
            assertNotNull(pending.getString("erasedAt"));
            assertEquals(
                    false, pending.getBoolean("complete"), "outcomes-service has not confirmed: " + pending.prettify());
            assertNotNull(confirmedAt(pending, "referrals-service"));
            assertNull(confirmedAt(pending, "outcomes-service"));
        } finally {
            RunningStack.stack().start(Part.OUTCOMES);
        }
        Instant back = Instant.now();
        JsonPath done = awaitComplete(id);
        System.out.printf(
                "Erasure: outcomes-service down and back in %.0f s, confirmed %d ms after it was ready%n",
                (System.nanoTime() - t0) / 1e9,
                Duration.between(back, Instant.now()).toMillis());
        assertNotNull(confirmedAt(done, "outcomes-service"));

        // Erasing twice is harmless and changes nothing.
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post(Referrals.url("/referrals/" + id + "/erasure"))
                .then()
                .statusCode(200);
        assertEquals(done.getString("services"), erasure(id).getString("services"));

        // An erased referral takes no new measure and no correction; nothing is stored.
        String currentVersion = etag(corrected); // a read, audited: before the rows are counted
        Map<String, Long> rows = Tables.rowCountsRequestsWrite(Service.OUTCOMES);
        given().auth()
                .oauth2(Tokens.clinician())
                .contentType("application/json")
                .body(Measures.body(id, "GAD7", "END", Families.today(), Measures.gad7(3)))
                .when()
                .post(Measures.url("/assessments"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("referral-erased"));
        given().auth()
                .oauth2(Tokens.clinician())
                .header("If-Match", currentVersion)
                .contentType("application/json")
                .body(Map.of(
                        "timepoint",
                        "BASELINE",
                        "respondent",
                        "PARENT_1",
                        "completedOn",
                        Families.today().toString(),
                        "answers",
                        Measures.gad7(4),
                        "reason",
                        "Another correction"))
                .when()
                .put(Measures.url("/assessments/" + corrected))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("referral-erased"));
        assertEquals(rows, Tables.rowCountsRequestsWrite(Service.OUTCOMES), "nothing stored, not even an audit entry");
        // The scores that figures need are still there.
        JsonPath kept = given().auth()
                .oauth2(Tokens.clinician())
                .when()
                .get(Measures.url("/assessments/" + corrected))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(9, kept.getInt("total"));
        JsonPath satisfaction = given().auth()
                .oauth2(Tokens.clinician())
                .when()
                .get(Measures.url("/assessments/" + feedback))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(satisfaction.getString("comments"), "the parent's comments are erased");
        assertEquals(List.of(1, 5, 5, 5), satisfaction.getList("answers"), "the answers stay");

        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post(RunningStack.stack().reportingUrl() + "/api/v1/sync")
                .then()
                .statusCode(200);
        List<String> left = new ArrayList<>();
        for (Service service : Service.values()) {
            left.addAll(found(family, service));
        }
        left.addAll(inFeeds(family));
        left.addAll(inLogs(family));
        System.out.printf(
                "Erasure: %d of the family's values searched for in every database, feed and log: %d found%n",
                family.size(), left.size());
        assertEquals(List.of(), left);
    }

    private static JsonPath erasure(String id) {
        return given().auth()
                .oauth2(Tokens.admin())
                .when()
                .get(Referrals.url("/referrals/" + id + "/erasure"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath awaitComplete(String id) {
        Instant deadline = Instant.now().plus(CATCH_UP);
        while (true) {
            JsonPath status = erasure(id);
            if (status.getBoolean("complete")) {
                return status;
            }
            assertTrue(
                    Instant.now().isBefore(deadline),
                    "outcomes-service did not confirm the erasure within " + CATCH_UP + ": " + status.prettify());
            sleep(1000);
        }
    }

    private static String confirmedAt(JsonPath erasure, String service) {
        List<Map<String, Object>> services = erasure.getList("services");
        Map<String, Object> entry = services.stream()
                .filter(s -> service.equals(s.get("service")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(service + " missing from " + erasure.prettify()));
        return (String) entry.get("confirmedAt");
    }

    private static void transition(String id, Map<String, Object> body) {
        given().auth()
                .oauth2(Tokens.clinician())
                .header("If-Match", Referrals.etag(id))
                .contentType("application/json")
                .body(body)
                .when()
                .post(Referrals.url("/referrals/" + id + "/transitions"))
                .then()
                .statusCode(200);
    }

    private static String record(String referralId, String instrument, List<Integer> answers, String comments) {
        Map<String, Object> body =
                new LinkedHashMap<>(Measures.body(referralId, instrument, "BASELINE", Families.today(), answers));
        if (instrument.equals("SATISFACTION")) {
            body.put("timepoint", "END");
        }
        if (comments != null) {
            body.put("comments", comments); // SATISFACTION is the one measure with free-text comments
        }
        return given().auth()
                .oauth2(Tokens.clinician())
                .contentType("application/json")
                .body(body)
                .when()
                .post(Measures.url("/assessments"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void acknowledge(String alertId, String note) {
        given().auth()
                .oauth2(Tokens.clinician())
                .contentType("application/json")
                .body(Map.of("note", note))
                .when()
                .post(Measures.url("/alerts/" + alertId + "/acknowledge"))
                .then()
                .statusCode(200);
    }

    private static String etag(String assessmentId) {
        return given().auth()
                .oauth2(Tokens.clinician())
                .when()
                .get(Measures.url("/assessments/" + assessmentId))
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static void correct(String assessmentId, String reason) {
        given().auth()
                .oauth2(Tokens.clinician())
                .header("If-Match", etag(assessmentId))
                .contentType("application/json")
                .body(Map.of(
                        "timepoint",
                        "BASELINE",
                        "respondent",
                        "PARENT_1",
                        "completedOn",
                        Families.today().toString(),
                        "answers",
                        Measures.gad7(9),
                        "reason",
                        reason))
                .when()
                .put(Measures.url("/assessments/" + assessmentId))
                .then()
                .statusCode(200);
    }

    private static void delete(String assessmentId, String reason) {
        given().auth()
                .oauth2(Tokens.clinician())
                .header("If-Match", etag(assessmentId))
                .contentType("application/json")
                .body(Map.of("reason", reason))
                .when()
                .delete(Measures.url("/assessments/" + assessmentId))
                .then()
                .statusCode(204);
    }

    private static List<String> found(Set<String> values, Service service) {
        List<String> found = new ArrayList<>();
        Tables.eachRowAsText(service, row -> found.addAll(PersonalDataSearch.search(service.database(), row, values)));
        return found;
    }

    private static List<String> inFeeds(Set<String> values) {
        List<String> found = new ArrayList<>();
        PersonalDataSearch.eachFeedPage(
                (feed, page) -> found.addAll(PersonalDataSearch.search(feed, page.asString(), values)));
        return found;
    }

    private static List<String> inLogs(Set<String> values) {
        List<String> found = new ArrayList<>();
        PersonalDataSearch.eachLog((name, text) -> found.addAll(PersonalDataSearch.search(name, text, values)));
        return found;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
