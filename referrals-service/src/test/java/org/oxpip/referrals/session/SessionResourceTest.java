package org.oxpip.referrals.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Api;
import org.oxpip.referrals.testing.Database;
import org.oxpip.referrals.testing.ReferralBodies;
import org.oxpip.referrals.testing.Sessions;

@QuarkusTest
class SessionResourceTest {

    private static final LocalDate RECEIVED = ReferralBodies.today().minusDays(100);

    private static ValidatableResponse referral(String id) {
        return given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/referrals/{id}", id)
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse put(String id, String sessionId, String ifMatch, Map<String, Object> body) {
        var request = given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .contentType(ContentType.JSON)
                .body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when()
                .put("/api/v1/referrals/{id}/sessions/{s}", id, sessionId)
                .then();
    }

    private static ValidatableResponse delete(String id, String sessionId, String ifMatch, Object body) {
        var request = given().auth().oauth2(TestTokens.staff("clinician")).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when()
                .delete("/api/v1/referrals/{id}/sessions/{s}", id, sessionId)
                .then();
    }

    private static ValidatableResponse get(String path, Object... params) {
        return given().auth()
                .oauth2(TestTokens.staff("manager"))
                .when()
                .get(path, params)
                .then();
    }

    @Test
    void anAttendedSessionWhileWaitingShouldStartTherapyOnItsDate() {
        String id = Sessions.waiting(RECEIVED);
        LocalDate on = RECEIVED.plusDays(20);
        Sessions.post(id, Sessions.body(on, "ATTENDED"))
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString("/api/v1/referrals/" + id + "/sessions/"))
                .body("date", equalTo(on.toString()))
                .body("durationMinutes", equalTo(60))
                .body("kind", equalTo("PARENT_INFANT"))
                .body("setting", equalTo("HOME"))
                .body("attendance", equalTo("ATTENDED"))
                .body("attendees", contains("PARENT_1", "BABY"))
                .body("note", equalTo(Sessions.NOTE))
                .body("deleted", equalTo(false))
                .body("recordedBy", equalTo("clinician"))
                .body("version", equalTo(0));

        referral(id).body("status", equalTo("IN_THERAPY")).body("firstSessionOn", equalTo(on.toString()));
        get("/api/v1/referrals/{id}/history", id)
                .statusCode(200)
                .body("to", contains("RECEIVED", "ACCEPTED", "WAITING", "IN_THERAPY"))
                .body("effectiveDate[3]", equalTo(on.toString()))
                .body("actor[3]", equalTo("clinician"))
                .body("reason[3]", equalTo(SessionService.STARTED_BY_SESSION));
        assertEquals(1, Sessions.audited(id, "RECORD_SESSION"));
        assertEquals(3, Sessions.audited(id, "TRANSITION"), "accepted, waiting, and the session's start of therapy");
        String facts = Sessions.latestFacts(id);
        assertTrue(facts.contains("\"status\": \"IN_THERAPY\""), facts);
        assertTrue(facts.contains("\"attendance\": \"ATTENDED\""), facts);
        assertTrue(facts.contains("\"durationMinutes\": 60"), facts);
        assertFalse(facts.contains("Quillfeather"), "the note never reaches the feed");
        assertFalse(facts.contains("note"), "the feed has no room for a note");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DID_NOT_ATTEND", "CANCELLED_BY_FAMILY", "CANCELLED_BY_SERVICE"})
    void aSessionNotAttendedShouldLeaveTheReferralWaiting(String attendance) {
        String id = Sessions.waiting(RECEIVED);
        Sessions.record(id, RECEIVED.plusDays(10), attendance);
        referral(id).body("status", equalTo("WAITING")).body("firstSessionOn", nullValue());
        assertTrue(Sessions.latestFacts(id).contains("\"attendance\": \"" + attendance + "\""));
    }

    @Test
    void anEarlierAttendedSessionShouldMoveTheFirstSessionEarlierAndALaterOneNot() {
        String id = Sessions.waiting(RECEIVED);
        Api.move(id, "IN_THERAPY", RECEIVED.plusDays(30), null);
        Sessions.record(id, RECEIVED.plusDays(40), "ATTENDED");
        referral(id).body("firstSessionOn", equalTo(RECEIVED.plusDays(30).toString()));
        Sessions.record(id, RECEIVED.plusDays(25), "DID_NOT_ATTEND");
        referral(id).body("firstSessionOn", equalTo(RECEIVED.plusDays(30).toString()));
        Sessions.record(id, RECEIVED.plusDays(20), "ATTENDED");
        referral(id).body("firstSessionOn", equalTo(RECEIVED.plusDays(20).toString()));
        assertTrue(Sessions.latestFacts(id).contains("\"firstSessionOn\": \"" + RECEIVED.plusDays(20) + "\""));
        get("/api/v1/referrals/{id}/sessions", id)
                .statusCode(200)
                .body(
                        "date",
                        contains(
                                RECEIVED.plusDays(20).toString(),
                                RECEIVED.plusDays(25).toString(),
                                RECEIVED.plusDays(40).toString()));
    }

    @Test
    void aCorrectionToAttendedWhileWaitingShouldStartTherapy() {
        String id = Sessions.waiting(RECEIVED);
        String session = Sessions.record(id, RECEIVED.plusDays(10), "DID_NOT_ATTEND");
        put(id, session, "\"0\"", Sessions.body(RECEIVED.plusDays(11), "ATTENDED"))
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("date", equalTo(RECEIVED.plusDays(11).toString()))
                .body("version", equalTo(1));
        referral(id)
                .body("status", equalTo("IN_THERAPY"))
                .body("firstSessionOn", equalTo(RECEIVED.plusDays(11).toString()));
        get("/api/v1/referrals/{id}/sessions/{s}/history", id, session)
                .statusCode(200)
                .body("version", contains(0))
                .body("change", contains("CORRECTED"))
                .body("attendance", contains("DID_NOT_ATTEND"))
                .body("date", contains(RECEIVED.plusDays(10).toString()))
                .body("replacedBy", contains("clinician"));
        assertEquals(1, Sessions.audited(id, "CORRECT_SESSION"));
        assertEquals(1, Sessions.audited(id, "SESSION_HISTORY"));
    }

    @Test
    void anAttendedSessionBeforeTheWaitingListShouldBeRefused() {
        LocalDate received = RECEIVED;
        String id = Api.submitAsStaff(received);
        Api.move(id, "ACCEPTED", received.plusDays(5), null);
        Api.move(id, "WAITING", received.plusDays(10), null);
        var before = Database.rowCounts();
        Sessions.post(id, Sessions.body(received.plusDays(7), "ATTENDED"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("date"));
        assertEquals(before, Database.rowCounts(), "a refused session stores nothing");
        // Not attended, the same day is fine: only the start of therapy is bound to the waiting list.
        Sessions.record(id, received.plusDays(7), "DID_NOT_ATTEND");
        referral(id).body("status", equalTo("WAITING"));
    }

    @Test
    void dateRulesShouldBeTheWorkflows() {
        String id = Sessions.waiting(RECEIVED);
        Sessions.post(id, Sessions.body(ReferralBodies.today().plusDays(1), "ATTENDED"))
                .statusCode(400)
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].message", equalTo("must not be in the future"));
        Sessions.post(id, Sessions.body(RECEIVED.minusDays(1), "DID_NOT_ATTEND"))
                .statusCode(400)
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].message", equalTo("must not be before the referral was received"))
                .body(not(containsString(RECEIVED.minusDays(1).toString())));
        Sessions.record(id, ReferralBodies.today(), "ATTENDED");
    }

    @Test
    void aClosedReferralShouldTakeSessionsUpToItsClosureOnly() {
        String id = Sessions.waiting(RECEIVED);
        Sessions.record(id, RECEIVED.plusDays(10), "ATTENDED");
        Api.move(id, "CLOSED", RECEIVED.plusDays(60), "COMPLETED");
        Sessions.record(id, RECEIVED.plusDays(30), "ATTENDED");
        Sessions.post(id, Sessions.body(RECEIVED.plusDays(61), "ATTENDED"))
                .statusCode(400)
                .body("errors[0].message", equalTo("must not be after the referral was closed"));
    }

    @Test
    void aReferralShouldNotCloseBeforeItsLastSession() {
        String id = Sessions.waiting(RECEIVED);
        Sessions.record(id, RECEIVED.plusDays(10), "ATTENDED");
        String last = Sessions.record(id, RECEIVED.plusDays(30), "DID_NOT_ATTEND");
        Api.transition(
                        id,
                        Api.etag(id),
                        Map.of(
                                "to",
                                "CLOSED",
                                "effectiveDate",
                                RECEIVED.plusDays(20).toString(),
                                "closureReason",
                                "COMPLETED"))
                .statusCode(400)
                .body("errors.field", contains("effectiveDate"))
                .body("errors[0].message", equalTo("must not be before the referral's last recorded session"));
        delete(id, last, "\"0\"", Map.of("reason", "Entered for the wrong day")).statusCode(204);
        Api.move(id, "CLOSED", RECEIVED.plusDays(20), "COMPLETED");
    }

    @Test
    void aReferralClosedWithoutTherapyShouldTakeNoAttendedSession() {
        String id = Sessions.waiting(RECEIVED);
        Api.move(id, "CLOSED", RECEIVED.plusDays(60), "DID_NOT_ENGAGE");
        Sessions.post(id, Sessions.body(RECEIVED.plusDays(30), "ATTENDED"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/closed-without-therapy"));
        Sessions.record(id, RECEIVED.plusDays(30), "DID_NOT_ATTEND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RECEIVED", "ACCEPTED", "DECLINED", "REDIRECTED"})
    void aReferralNotInCareShouldTakeNoSession(String status) {
        String id = Api.submitAsStaff(RECEIVED);
        if (!status.equals("RECEIVED")) {
            Api.move(id, status, RECEIVED, null);
        }
        var before = Database.rowCounts();
        Sessions.post(id, Sessions.body(RECEIVED.plusDays(3), "DID_NOT_ATTEND"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/referral-not-in-care"));
        assertEquals(before, Database.rowCounts());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "durationMinutes | 0",
                "durationMinutes | 481",
                "durationMinutes | -5",
                "kind | GROUP_THERAPY",
                "setting | PARK",
                "attendance | LATE",
                "attendees | [\"GRANDMOTHER\"]",
                "attendees | [\"BABY\", \"BABY\"]",
                "date | 2024-02-30",
                "date | yesterday",
                "note | (4001 characters)",
                "kind | (missing)",
                "date | (missing)",
                "attendees | (missing)",
                "durationMinutes | \"sixty\""
            })
    void invalidFieldsShouldBeNamedWithoutTheirValue(String field, String value) {
        String id = Sessions.waiting(RECEIVED);
        Map<String, Object> body = Sessions.body(RECEIVED.plusDays(3), "DID_NOT_ATTEND");
        switch (value) {
            case "(missing)" -> body.remove(field);
            case "(4001 characters)" -> body.put(field, "x".repeat(4001));
            default ->
                body.put(
                        field,
                        value.startsWith("[")
                                ? List.of(value.replaceAll("[\\[\\]\"]", "").split(", "))
                                : value.startsWith("\"")
                                        ? value.replace("\"", "")
                                        : value.matches("-?[0-9]+") ? Integer.valueOf(value) : value);
        }
        var before = Database.rowCounts();
        String answer = Sessions.post(id, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(startsWith(field)))
                .extract()
                .asString();
        if (!value.startsWith("(") && !value.matches("-?[0-9]+") && !value.contains("BABY")) {
            assertFalse(answer.contains(value.replaceAll("[\\[\\]\"]", "").split(", ")[0]), answer);
        }
        assertEquals(before, Database.rowCounts());
    }

    @Test
    void anErasedReferralShouldTakeNoSessionAndLoseItsNotes() {
        String id = Sessions.waiting(RECEIVED);
        String session = Sessions.record(id, RECEIVED.plusDays(10), "ATTENDED");
        put(id, session, "\"0\"", Sessions.body(RECEIVED.plusDays(10), "ATTENDED"))
                .statusCode(200);
        String other = Sessions.record(id, RECEIVED.plusDays(12), "DID_NOT_ATTEND");
        delete(id, other, "\"0\"", Map.of("reason", "Wrong family: " + ReferralBodies.GIVEN_NAME))
                .statusCode(204);
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/referrals/{id}/erasure", id)
                .then()
                .statusCode(200);

        assertEquals(
                0,
                Database.count("SELECT count(*) FROM therapy_session WHERE referral_id = '" + id
                        + "' AND (note IS NOT NULL OR deletion_reason IS NOT NULL)"));
        assertEquals(
                0,
                Database.count("SELECT count(*) FROM therapy_session_version v JOIN therapy_session s ON s.id = "
                        + "v.session_id WHERE s.referral_id = '" + id
                        + "' AND (v.note IS NOT NULL OR v.reason IS NOT NULL)"));
        assertEquals(2, Database.count("SELECT count(*) FROM therapy_session WHERE referral_id = '" + id + "'"));
        get("/api/v1/referrals/{id}/sessions", id).statusCode(200).body("note", contains((Object) null));

        Sessions.post(id, Sessions.body(RECEIVED.plusDays(20), "ATTENDED"))
                .statusCode(409)
                .body("type", endsWith("/erased"));
        put(id, session, "\"1\"", Sessions.body(RECEIVED.plusDays(10), "ATTENDED"))
                .statusCode(409)
                .body("type", endsWith("/erased"));
        delete(id, session, "\"1\"", Map.of("reason", "x")).statusCode(409).body("type", endsWith("/erased"));
        String facts = Sessions.latestFacts(id);
        assertTrue(facts.contains("\"erased\": true"), facts);
        assertTrue(facts.contains("\"attendance\": \"ATTENDED\""), "the session's facts stay: " + facts);
    }

    @Test
    void correctionsShouldNeedTheCurrentVersion() {
        String id = Sessions.waiting(RECEIVED);
        String session = Sessions.record(id, RECEIVED.plusDays(10), "ATTENDED");
        Map<String, Object> body = Sessions.body(RECEIVED.plusDays(10), "ATTENDED");
        put(id, session, null, body).statusCode(428).body("type", endsWith("/if-match-required"));
        put(id, session, "*", body).statusCode(400).body("type", endsWith("/invalid-if-match"));
        put(id, session, "\"0\"", body).statusCode(200);
        put(id, session, "\"0\"", body).statusCode(412).body("type", endsWith("/stale-version"));
        delete(id, session, "\"0\"", Map.of("reason", "x")).statusCode(412);
        delete(id, session, null, Map.of("reason", "x")).statusCode(428);
        put(id, session, "\"1\"", Map.of("date", "2024-01-01")).statusCode(400);
    }

    @Test
    void aDeletedSessionShouldLeaveTheListAndTheFeedButStayReadable() {
        String id = Sessions.waiting(RECEIVED);
        String kept = Sessions.record(id, RECEIVED.plusDays(10), "ATTENDED");
        String session = Sessions.record(id, RECEIVED.plusDays(12), "DID_NOT_ATTEND");
        delete(id, session, "\"0\"", Map.of()).statusCode(400).body("errors.field", contains("reason"));
        delete(id, session, "\"0\"", null).statusCode(400);
        delete(id, session, "\"0\"", Map.of("reason", "Recorded for the wrong family"))
                .statusCode(204);
        get("/api/v1/referrals/{id}/sessions", id).statusCode(200).body("id", contains(kept));
        get("/api/v1/referrals/{id}/sessions/{s}", id, session)
                .statusCode(200)
                .body("deleted", equalTo(true))
                .header("ETag", equalTo("\"1\""));
        get("/api/v1/referrals/{id}/sessions/{s}/history", id, session)
                .statusCode(200)
                .body("change", contains("DELETED"))
                .body("reason", contains("Recorded for the wrong family"));
        assertFalse(Sessions.latestFacts(id).contains(session), "a deleted session leaves the feed");
        assertTrue(Sessions.latestFacts(id).contains(kept));
        delete(id, session, "\"1\"", Map.of("reason", "again"))
                .statusCode(409)
                .body("type", endsWith("/session-deleted"));
        put(id, session, "\"1\"", Sessions.body(RECEIVED.plusDays(12), "ATTENDED"))
                .statusCode(409)
                .body("type", endsWith("/session-deleted"));
        assertEquals(1, Sessions.audited(id, "DELETE_SESSION"));
        referral(id).body("firstSessionOn", equalTo(RECEIVED.plusDays(10).toString()));
    }

    @Test
    void deletingTheFirstAttendedSessionShouldNeverMoveTheFirstSessionLater() {
        String id = Sessions.waiting(RECEIVED);
        String first = Sessions.record(id, RECEIVED.plusDays(10), "ATTENDED");
        Sessions.record(id, RECEIVED.plusDays(20), "ATTENDED");
        delete(id, first, "\"0\"", Map.of("reason", "Entered twice")).statusCode(204);
        referral(id)
                .body("status", equalTo("IN_THERAPY"))
                .body("firstSessionOn", equalTo(RECEIVED.plusDays(10).toString()));
    }

    @Test
    void readsShouldBeAuditedAndUnknownIdsNotFound() {
        String id = Sessions.waiting(RECEIVED);
        String session = Sessions.record(id, RECEIVED.plusDays(10), "ATTENDED");
        get("/api/v1/referrals/{id}/sessions", id).statusCode(200);
        get("/api/v1/referrals/{id}/sessions/{s}", id, session).statusCode(200).header("ETag", equalTo("\"0\""));
        assertEquals(1, Sessions.audited(id, "LIST_SESSIONS"));
        assertEquals(1, Sessions.audited(id, "READ_SESSION"));

        String other = Sessions.waiting(RECEIVED);
        get("/api/v1/referrals/{id}/sessions/{s}", other, session).statusCode(404);
        put(other, session, "\"0\"", Sessions.body(RECEIVED.plusDays(10), "ATTENDED"))
                .statusCode(404);
        String missing = "00000000-0000-0000-0000-000000000000";
        get("/api/v1/referrals/{id}/sessions", missing).statusCode(404);
        Sessions.post(missing, Sessions.body(RECEIVED.plusDays(10), "ATTENDED")).statusCode(404);
        get("/api/v1/referrals/{id}/sessions/{s}", id, missing).statusCode(404);
    }

    @ParameterizedTest
    @CsvSource({"clinician, 201", "manager, 201", "admin, 201", "funder, 403", "referrer, 403"})
    void onlyStaffShouldRecordSessions(String role, int status) {
        String id = Sessions.waiting(RECEIVED);
        String token = role.equals("referrer")
                ? TestTokens.partner(TestTokens.AGENCY_A)
                : role.equals("funder") ? TestTokens.funder("DIDCOT_POWERHOUSE") : TestTokens.staff(role);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Sessions.body(RECEIVED.plusDays(3), "ATTENDED"))
                .when()
                .post("/api/v1/referrals/{id}/sessions", id)
                .then()
                .statusCode(status);
    }

    @Test
    void aPartnerShouldSeeNoSessionsOfItsOwnReferral() {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        Api.move(id, "ACCEPTED", null, null);
        Api.move(id, "WAITING", null, null);
        String session = Sessions.record(id, ReferralBodies.today(), "ATTENDED");
        for (String path : List.of(
                "/api/v1/referrals/{id}/sessions",
                "/api/v1/referrals/{id}/sessions/" + session,
                "/api/v1/referrals/{id}/sessions/" + session + "/history")) {
            given().auth()
                    .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                    .when()
                    .get(path, id)
                    .then()
                    .statusCode(403)
                    .body(not(containsString("Quillfeather")));
        }
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .when()
                .get("/api/v1/referrals/{id}", id)
                .then()
                .statusCode(200)
                .body(not(containsString("sessions")))
                .body(not(containsString("Quillfeather-Note")));
    }

    @Test
    void withoutATokenEveryRouteShouldAnswer401() {
        given().when()
                .get("/api/v1/referrals/{id}/sessions", "00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(401);
    }
}
