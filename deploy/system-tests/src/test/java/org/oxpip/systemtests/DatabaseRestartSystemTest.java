package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.stack.LocalStack.Part;
import org.oxpip.stack.Service;

/**
 * Issue 6, case 6, PostgreSQL's part: the database restarts while a partner's software keeps sending referrals.
 * Every referral answered 201 is in the database afterwards, and the services recover by themselves.
 */
@ExtendWith(RunningStack.class)
class DatabaseRestartSystemTest {

    private static final long RECOVERY_LIMIT_MILLIS = 60_000;

    @Test
    void everyAcknowledgedReferralShouldSurviveADatabaseRestartUnderLoad() throws Exception {
        assumeFalse(RunningStack.attached(), "stops part of the stack: not on a stack somebody else started");
        assumeTrue(RunningStack.stack().config().externalDatabase().isEmpty(), "only the stack's own PostgreSQL");
        String token = Tokens.partnerA();
        String body = EndpointCalls.json(Families.partnerReferral());
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Void> intake = CompletableFuture.runAsync(() -> {
            while (!stop.get()) {
                long sentAt = System.currentTimeMillis();
                try {
                    answers.add(new Answer(
                            sentAt,
                            given().auth()
                                    .oauth2(token)
                                    .contentType("application/json")
                                    .body(body)
                                    .when()
                                    .post(Referrals.url("/referrals"))));
                } catch (RuntimeException connectionTrouble) {
                    // a refused or cut connection is an answer too: not an acknowledgement
                }
            }
        });
        Thread.sleep(3000);
        long t0 = System.currentTimeMillis();
        RunningStack.stack().stop(Part.POSTGRESQL);
        Thread.sleep(3000);
        RunningStack.stack().start(Part.POSTGRESQL);
        long restarted = System.currentTimeMillis();
        // Recovered when five referrals in a row are taken again.
        long recovered = -1;
        while (System.currentTimeMillis() - restarted < RECOVERY_LIMIT_MILLIS) {
            if (fiveInARowTakenSince(answers, restarted)) {
                recovered = System.currentTimeMillis();
                break;
            }
            Thread.sleep(200);
        }
        stop.set(true);
        intake.get();

        Map<Integer, Integer> statuses = new TreeMap<>();
        Set<String> acknowledged = new HashSet<>();
        synchronized (answers) {
            for (Answer a : answers) {
                Response r = a.response();
                statuses.merge(r.statusCode(), 1, Integer::sum);
                if (r.statusCode() == 201) {
                    acknowledged.add(r.path("id"));
                } else if (r.statusCode() == 503) {
                    // A partner's system must be able to tell "try again" from a failure, and when.
                    assertTrue(r.contentType().startsWith("application/problem+json"), "503 is a problem document");
                    assertEquals("10", r.header("Retry-After"), "503 says when to try again");
                }
            }
        }
        System.out.printf(
                "Database restart: %d referrals sent, statuses %s; PostgreSQL down %d ms; services taking"
                        + " referrals again %s after it was back%n",
                answers.size(),
                statuses,
                restarted - t0,
                recovered < 0 ? "never (within 60 s)" : (recovered - restarted) + " ms");
        // The outage really happened where the intake could see it: otherwise "nothing lost" would prove nothing.
        assertTrue(
                statuses.getOrDefault(503, 0) > 0,
                "some referral was answered 503 while PostgreSQL was away: " + statuses);
        assertTrue(recovered > 0, "referrals-service takes referrals again within a minute of the restart");
        Set<String> stored = Tables.column(Service.REFERRALS, "SELECT id::text FROM referral");
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        assertEquals(Set.of(), lost, "acknowledged with 201 but not in the database");
        // While the database is away the answer is 503 (try again), never a 500 (our failure).
        statuses.keySet().forEach(s -> assertTrue(s == 201 || s == 503, "during the outage: " + statuses));

        // The other services find the database again by themselves (a first request may still meet a pooled
        // connection that died with the old server: that one may fail, the service must not stay broken).
        long reporting = recoveredWithin(() -> given().auth()
                        .oauth2(Tokens.admin())
                        .when()
                        .post(RunningStack.stack().reportingUrl() + "/api/v1/sync")
                        .statusCode()
                == 200);
        long outcomes = recoveredWithin(() -> given().auth()
                        .oauth2(Tokens.clinician())
                        .contentType("application/json")
                        .body(Measures.body(
                                Referrals.fromAgencyAAccepted(),
                                "PHQ9",
                                "BASELINE",
                                Families.today(),
                                Measures.phq9(5)))
                        .when()
                        .post(Measures.url("/assessments"))
                        .statusCode()
                == 201);
        System.out.printf(
                "Database restart: reporting-service synced again after %d failed tries, outcomes-service"
                        + " recorded measures again after %d%n",
                reporting, outcomes);
    }

    /**
     * Tries until it works, for up to a minute; answers how many tries failed first. A try that throws is a
     * failed try too: Keycloak shares the PostgreSQL server, and its first token after the restart may meet a
     * pooled connection that died with the old server, just as our services' first requests may.
     */
    private static long recoveredWithin(java.util.function.BooleanSupplier works) throws InterruptedException {
        long deadline = System.currentTimeMillis() + RECOVERY_LIMIT_MILLIS;
        for (long failed = 0; ; failed++) {
            if (triedOk(works)) {
                return failed;
            }
            assertTrue(System.currentTimeMillis() < deadline, "not working again within a minute of the restart");
            Thread.sleep(1000);
        }
    }

    private static boolean triedOk(java.util.function.BooleanSupplier works) {
        try {
            return works.getAsBoolean();
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    private record Answer(long sentAt, Response response) {}

    /** Five referrals in a row, sent after PostgreSQL was back, answered 201. */
    private static boolean fiveInARowTakenSince(List<Answer> answers, long since) {
        synchronized (answers) {
            List<Answer> after =
                    answers.stream().filter(a -> a.sentAt() >= since).toList();
            int n = after.size();
            return n >= 5
                    && after.subList(n - 5, n).stream()
                            .allMatch(a -> a.response().statusCode() == 201);
        }
    }
}
