package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.stack.DemoRealm;
import org.oxpip.stack.LocalStack.Part;
import org.oxpip.stack.Service;

/**
 * Issue 6, case 6, the services' part: one service stopped, the others keep working and nothing is lost or
 * stored twice. Each part is stopped and started once (a service takes most of a minute to start here).
 */
@ExtendWith(RunningStack.class)
class ServiceOutageSystemTest {

    @Test
    void reportsShouldAnswerWhileOutcomesServiceIsDownAndTheNextSyncCatchUpWithNoGapOrDuplicate() {
        assumeFalse(RunningStack.attached(), "stops part of the stack: not on a stack somebody else started");
        FamilyInCare before = FamilyInCare.create();
        sync();
        // Measures recorded after that sync; outcomes-service goes away during the next one.
        Measures.record(before.referralId(), "GAD7", "BASELINE", Families.today(), Measures.gad7(12));
        Measures.record(before.referralId(), "PIRGAS", "BASELINE", Families.today(), Measures.pirgas(50));

        Object lastSuccess = feed(status(), "assessments").get("lastSuccessAt");
        long t0 = System.nanoTime();
        RunningStack.stack().stop(Part.OUTCOMES);
        Instant stopped = Instant.now();
        Map<String, Object> duringOutage;
        try {
            duringOutage = feed(sync(), "assessments");
            assertNotNull(duringOutage.get("lastError"), "the failed feed says so: " + duringOutage);
            assertEquals(lastSuccess, duringOutage.get("lastSuccessAt"), "its last success stays where it was");
            // The report answers, and its dataAsOf (the older feed's last success) claims nothing after the outage.
            Instant dataAsOf = dataAsOf();
            assertNotNull(dataAsOf);
            assertTrue(dataAsOf.isBefore(stopped), "dataAsOf " + dataAsOf + " is from before the outage");
        } finally {
            RunningStack.stack().start(Part.OUTCOMES);
        }
        System.out.printf(
                "Outage: outcomes-service down and back in %.0f s; meanwhile the sync said \"%s\"%n",
                (System.nanoTime() - t0) / 1e9, duringOutage.get("lastError"));

        List<Map<String, Object>> feeds = sync();
        feeds.forEach(f -> assertNull(f.get("lastError"), "after the outage: " + f));
        assertTrue(dataAsOf().isAfter(stopped), "dataAsOf moved on past the outage");
        // No gap, no duplicate: the read model holds exactly the upstream records, each once.
        assertEquals(
                Tables.column(Service.OUTCOMES, "SELECT id::text FROM assessment"),
                Tables.column(Service.REPORTING, "SELECT assessment_id::text FROM assessment_fact"));
        assertEquals(
                Tables.count(Service.REPORTING, "SELECT count(*) FROM assessment_fact"),
                Tables.count(Service.OUTCOMES, "SELECT count(*) FROM assessment"));
        assertEquals(
                Tables.column(Service.REFERRALS, "SELECT id::text FROM referral"),
                Tables.column(Service.REPORTING, "SELECT referral_id::text FROM referral_fact"));
    }

    @Test
    void measuresShouldBeRefusedWith503AndNothingStoredWhileReferralsServiceIsDown() {
        assumeFalse(RunningStack.attached(), "stops part of the stack: not on a stack somebody else started");
        FamilyInCare family = FamilyInCare.create();
        long t0 = System.nanoTime();
        RunningStack.stack().stop(Part.REFERRALS);
        try {
            Map<String, Long> rows = Tables.rowCountsRequestsWrite(Service.OUTCOMES);
            given().auth()
                    .oauth2(Tokens.clinician())
                    .contentType("application/json")
                    .body(Measures.body(family.referralId(), "GAD7", "BASELINE", Families.today(), Measures.gad7(9)))
                    .when()
                    .post(Measures.url("/assessments"))
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "10");
            assertEquals(
                    rows, Tables.rowCountsRequestsWrite(Service.OUTCOMES), "nothing stored, not even an audit entry");
            // What does not need referrals-service keeps working.
            given().auth()
                    .oauth2(Tokens.clinician())
                    .when()
                    .get(Measures.url("/assessments/" + family.assessmentId()))
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(Tokens.clinician())
                    .when()
                    .get(Measures.url("/instruments"))
                    .then()
                    .statusCode(200);
            Alerts.find("OPEN", family.assessmentId());
            given().auth()
                    .oauth2(Tokens.user(DemoRealm.MANAGER))
                    .queryParam("from", "2024-01-01")
                    .queryParam("to", "2024-12-31")
                    .when()
                    .get(RunningStack.stack().reportingUrl() + "/api/v1/reports/summary")
                    .then()
                    .statusCode(200);
        } finally {
            RunningStack.stack().start(Part.REFERRALS);
        }
        System.out.printf("Outage: referrals-service down and back in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        // Back: the same measure is taken (after the circuit breaker's pause, as its Retry-After says).
        JsonPath recorded =
                Measures.record(family.referralId(), "GAD7", "BASELINE", Families.today(), Measures.gad7(9));
        assertEquals(9, recorded.getInt("total"));
    }

    private static List<Map<String, Object>> sync() {
        return given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post(RunningStack.stack().reportingUrl() + "/api/v1/sync")
                .then()
                .statusCode(200)
                // The three feeds and the instrument catalogue's outcome rules (docs/feeds.md).
                .body("feed", containsInAnyOrder("referrals", "assessments", "quotes", "instruments"))
                .extract()
                .jsonPath()
                .getList("");
    }

    private static List<Map<String, Object>> status() {
        return given().auth()
                .oauth2(Tokens.admin())
                .when()
                .get(RunningStack.stack().reportingUrl() + "/api/v1/sync/status")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
    }

    private static Map<String, Object> feed(List<Map<String, Object>> status, String name) {
        return status.stream()
                .filter(f -> name.equals(f.get("feed")))
                .findFirst()
                .orElseThrow();
    }

    private static Instant dataAsOf() {
        String value = given().auth()
                .oauth2(Tokens.user(DemoRealm.MANAGER))
                .queryParam("from", "2024-01-01")
                .queryParam("to", "2024-12-31")
                .when()
                .get(RunningStack.stack().reportingUrl() + "/api/v1/reports/summary")
                .then()
                .statusCode(200)
                .extract()
                .path("dataAsOf");
        return value == null ? null : Instant.parse(value);
    }
}
