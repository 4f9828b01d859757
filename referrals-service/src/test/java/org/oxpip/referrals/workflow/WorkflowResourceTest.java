package org.oxpip.referrals.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Api;
import org.oxpip.referrals.testing.Database;
import org.oxpip.referrals.testing.ReferralBodies;

@QuarkusTest
class WorkflowResourceTest {

    private static final LocalDate RECEIVED = ReferralBodies.today().minusDays(100);

    @Test
    void clinicianShouldTakeAFamilyThroughTheWholeWorkflowAfterTheFact() {
        String id = Api.submitAsStaff(RECEIVED);
        Api.move(id, "ACCEPTED", RECEIVED.plusDays(3), null);
        Api.move(id, "WAITING", RECEIVED.plusDays(3), null);
        var therapy = Api.move(id, "IN_THERAPY", RECEIVED.plusDays(30), null);
        assertEquals(RECEIVED.plusDays(30).toString(), therapy.path("firstSessionOn"));
        var closed = Api.move(id, "CLOSED", RECEIVED.plusDays(90), "COMPLETED");
        assertEquals("CLOSED", closed.path("status"));
        assertEquals("COMPLETED", closed.path("closureReason"));
        assertEquals(RECEIVED.plusDays(90).toString(), closed.path("closedOn"));
        assertEquals(
                closed.header("ETag").replace("\"", ""), closed.path("version").toString());

        given().auth()
                .oauth2(TestTokens.staff("manager"))
                .when()
                .get("/api/v1/referrals/{id}/history", id)
                .then()
                .statusCode(200)
                .body("to", contains("RECEIVED", "ACCEPTED", "WAITING", "IN_THERAPY", "CLOSED"))
                .body("effectiveDate[4]", equalTo(RECEIVED.plusDays(90).toString()))
                .body("actor[1]", equalTo("clinician"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "RECEIVED, ACCEPTED",
        "RECEIVED, DECLINED",
        "RECEIVED, REDIRECTED",
        "ACCEPTED, WAITING",
        "ACCEPTED, CLOSED",
        "WAITING, IN_THERAPY",
        "WAITING, CLOSED",
        "IN_THERAPY, CLOSED"
    })
    void everyLegalMoveShouldBeAccepted(String from, String to) {
        String id = referralIn(from);
        Api.move(id, to, null, to.equals("CLOSED") ? "DID_NOT_ENGAGE" : null);
    }

    @ParameterizedTest(name = "{0} -> {1} refused")
    @CsvSource({
        "RECEIVED, IN_THERAPY",
        "RECEIVED, CLOSED",
        "RECEIVED, WAITING",
        "ACCEPTED, IN_THERAPY",
        "ACCEPTED, DECLINED",
        "WAITING, ACCEPTED",
        "IN_THERAPY, WAITING",
        "DECLINED, ACCEPTED",
        "REDIRECTED, ACCEPTED",
        "CLOSED, IN_THERAPY",
        "RECEIVED, RECEIVED"
    })
    void illegalMovesShouldBeAConflictAndChangeNothing(String from, String to) {
        String id = referralIn(from);
        String etag = Api.etag(id);
        Api.transition(id, etag, Map.of("to", to, "closureReason", "OTHER", "reason", "x"))
                .statusCode(409)
                .contentType("application/problem+json");
        assertEquals(etag, Api.etag(id));
    }

    @Test
    void staleIfMatchShouldBeRefused() {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        String etag = Api.etag(id);
        Api.move(id, "ACCEPTED", null, null);
        Api.transition(id, etag, Map.of("to", "WAITING"))
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/stale-version"));
    }

    @Test
    void missingIfMatchShouldBeRefused() {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        Api.transition(id, null, Map.of("to", "ACCEPTED"))
                .statusCode(428)
                .body("type", equalTo("https://oxpip.org/problems/if-match-required"));
    }

    /**
     * Not one of our ETags (a wildcard, a word, an unquoted number, a list): the client sent something
     * it never read from us, a bug re-reading will not cure, so 400 rather than 412. An unquoted 0 is
     * refused too, though it names the current version. Nothing changes.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"*", "abc", "0", "\"0\", \"1\""})
    void anIfMatchThatIsNotOneOfOurEtagsShouldBe400AndChangeNothing(String ifMatch) {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        String etag = Api.etag(id);
        Api.transition(id, ifMatch, Map.of("to", "ACCEPTED"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/invalid-if-match"))
                .body("errors.field", contains("If-Match"));
        assertEquals(etag, Api.etag(id));
    }

    /**
     * Two staff send a change with the same ETag at the same moment: two threads released together by a
     * barrier, several rounds so that the requests really overlap. Each round exactly one wins (200), the
     * other is told its copy is stale (412), and only the winner's change is recorded.
     */
    @Test
    void twoStaffChangingAtOnceShouldGiveOneWinnerAndOneStale() throws Exception {
        ExecutorService staff = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String id = Api.submitAsPartner(TestTokens.AGENCY_A);
                String etag = Api.etag(id);
                String changes = "SELECT count(*) FROM status_change WHERE referral_id = '" + id + "'";
                long changesBefore = Database.count(changes);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Integer> accept = staff.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return Api.transition(id, etag, Map.of("to", "ACCEPTED"))
                            .extract()
                            .statusCode();
                });
                Future<Integer> decline = staff.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return Api.transition(id, etag, Map.of("to", "DECLINED", "reason", "Outside our remit"))
                            .extract()
                            .statusCode();
                });
                int accepted = accept.get(30, TimeUnit.SECONDS);
                int declined = decline.get(30, TimeUnit.SECONDS);
                List<Integer> statuses = new ArrayList<>(List.of(accepted, declined));
                statuses.sort(Integer::compareTo);
                assertEquals(List.of(200, 412), statuses, "round " + round + ": one winner, one stale");
                assertEquals(changesBefore + 1, Database.count(changes), "only the winner's change is recorded");
                given().auth()
                        .oauth2(TestTokens.staff("clinician"))
                        .when()
                        .get("/api/v1/referrals/{id}", id)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo(accepted == 200 ? "ACCEPTED" : "DECLINED"));
            }
        } finally {
            staff.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "decline without reason     | RECEIVED | DECLINED   |             |               | reason",
                "redirect without reason    | RECEIVED | REDIRECTED |             |               | reason",
                "close without reason code  | WAITING  | CLOSED     |             |               | closureReason",
                "closure reason on accept   | RECEIVED | ACCEPTED   |             | COMPLETED     | closureReason",
                "in the future              | RECEIVED | ACCEPTED   | tomorrow    |               | effectiveDate",
                "before the previous change | RECEIVED | ACCEPTED   | longago     |               | effectiveDate",
                "unknown status             | RECEIVED | FINISHED   |             |               | to",
            })
    void badTransitionsShouldNameTheField(
            String name, String from, String to, String when, String closure, String field) {
        String id = referralIn(from);
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("to", to);
        if (when != null) {
            body.put(
                    "effectiveDate",
                    when.equals("tomorrow")
                            ? ReferralBodies.today().plusDays(1).toString()
                            : RECEIVED.minusDays(1).toString());
        }
        if (closure != null) {
            body.put("closureReason", closure);
        }
        String etag = Api.etag(id);
        Api.transition(id, etag, body).statusCode(400).body("errors.field", hasItem(field));
        assertEquals(etag, Api.etag(id));
    }

    @ParameterizedTest(name = "{0} moves a referral: {1}")
    @CsvSource({
        "clinician,200",
        "manager,200",
        "admin,200",
        "referrer,403",
        "funder,403",
        "feed-reader,403",
        "referral-reader,403"
    })
    void transitionsShouldFollowTheRoleMatrix(String role, int status) {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        given().auth()
                .oauth2(TestTokens.staff(role))
                .header("If-Match", Api.etag(id))
                .contentType(ContentType.JSON)
                .body(Map.of("to", "ACCEPTED"))
                .when()
                .post("/api/v1/referrals/{id}/transitions", id)
                .then()
                .statusCode(status);
    }

    @Test
    void historyShouldBeSeenOnlyByTheReferringAgencyAndStaff() {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .when()
                .get("/api/v1/referrals/{id}/history", id)
                .then()
                .statusCode(200)
                .body("to", contains("RECEIVED"));
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_B))
                .when()
                .get("/api/v1/referrals/{id}/history", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.staff("funder"))
                .when()
                .get("/api/v1/referrals/{id}/history", id)
                .then()
                .statusCode(403);
        given().when().get("/api/v1/referrals/{id}/history", id).then().statusCode(401);
    }

    /** A staff-entered referral received 100 days ago, moved on to the given status. */
    private static String referralIn(String status) {
        String id = Api.submitAsStaff(RECEIVED);
        switch (status) {
            case "RECEIVED" -> {}
            case "DECLINED", "REDIRECTED" -> Api.move(id, status, RECEIVED, null);
            default -> {
                Api.move(id, "ACCEPTED", RECEIVED, null);
                if (!status.equals("ACCEPTED")) {
                    Api.move(id, "WAITING", RECEIVED, null);
                }
                if (status.equals("IN_THERAPY") || status.equals("CLOSED")) {
                    Api.move(id, "IN_THERAPY", RECEIVED, null);
                }
                if (status.equals("CLOSED")) {
                    Api.move(id, "CLOSED", RECEIVED, "COMPLETED");
                }
            }
        }
        return id;
    }
}
