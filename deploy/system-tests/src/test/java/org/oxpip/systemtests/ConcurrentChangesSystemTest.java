package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.stack.DemoRealm;
import org.oxpip.stack.Service;

/**
 * Issue 6, case 5: retries and races through the real services and database. A partner's software that sends
 * one referral fifty times at once makes one referral; two members of staff changing the same record at the
 * same moment get one success and one "somebody changed it first".
 */
@ExtendWith(RunningStack.class)
class ConcurrentChangesSystemTest {

    private static final int RETRIES = 50;
    private static final int RACES = 5;

    @Test
    void fiftySubmissionsAtOnceWithOneIdempotencyKeyShouldMakeOneReferral() throws Exception {
        String key = "retry-storm-" + UUID.randomUUID();
        String body = EndpointCalls.json(Families.partnerReferral());
        String token = Tokens.partnerA();
        long before = Tables.count(Service.REFERRALS, "SELECT count(*) FROM referral");

        List<Response> answers = allAtOnce(
                RETRIES,
                i -> given().auth()
                        .oauth2(token)
                        .header("Idempotency-Key", key)
                        .contentType("application/json")
                        .body(body)
                        .when()
                        .post(Referrals.url("/referrals")));

        Map<Integer, Long> statuses = answers.stream()
                .collect(Collectors.groupingBy(Response::statusCode, TreeMap::new, Collectors.counting()));
        Set<String> ids = answers.stream().map(r -> r.<String>path("id")).collect(Collectors.toSet());
        long made = Tables.count(Service.REFERRALS, "SELECT count(*) FROM referral") - before;
        System.out.printf(
                "Idempotency: %d submissions at once with one key: statuses %s, %d distinct ids, %d"
                        + " referral stored%n",
                RETRIES, statuses, ids.size(), made);
        assertEquals(Map.of(201, 1L, 200, (long) RETRIES - 1), statuses);
        assertEquals(1, ids.size(), "every answer names the same referral");
        assertEquals(1, made, "referrals stored");
    }

    @Test
    void twoStaffChangingOneReferralAtOnceShouldGiveOneSuccessAndOne412() throws Exception {
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int race = 0; race < RACES; race++) {
            String id = Referrals.fromAgencyA();
            String etag = Referrals.etag(id);
            List<Response> answers = allAtOnce(
                    2,
                    i -> given().auth()
                            .oauth2(i == 0 ? Tokens.clinician() : Tokens.user(DemoRealm.MANAGER))
                            .header("If-Match", etag)
                            .contentType("application/json")
                            .body(i == 0 ? Map.of("to", "ACCEPTED") : Map.of("to", "DECLINED", "reason", "Out of area"))
                            .when()
                            .post(Referrals.url("/referrals/" + id + "/transitions")));
            List<Integer> statuses =
                    answers.stream().map(Response::statusCode).sorted().toList();
            outcomes.merge(statuses.toString(), 1, Integer::sum);
            assertEquals(
                    List.of(200, 412),
                    statuses,
                    "race " + race + ": " + answers.get(0).asString() + " / "
                            + answers.get(1).asString());
            List<String> history = given().auth()
                    .oauth2(Tokens.clinician())
                    .when()
                    .get(Referrals.url("/referrals/" + id + "/history"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("to");
            assertEquals(2, history.size(), "received, then exactly one change: " + history);
        }
        System.out.printf(
                "Races: two staff moving one referral with the same If-Match, %d times: %s%n", RACES, outcomes);
    }

    @Test
    void twoCliniciansCorrectingOneMeasureAtOnceShouldGiveOneSuccessAndOne412() throws Exception {
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int race = 0; race < RACES; race++) {
            FamilyInCare family = FamilyInCare.create();
            List<Response> answers = allAtOnce(
                    2,
                    i -> given().auth()
                            .oauth2(Tokens.clinician())
                            .header("If-Match", "\"0\"")
                            .contentType("application/json")
                            .body(Map.of(
                                    "timepoint",
                                    "BASELINE",
                                    "respondent",
                                    "PARENT_1",
                                    "completedOn",
                                    Families.today().toString(),
                                    "answers",
                                    Measures.phq9(4 + i),
                                    "reason",
                                    "Transcribed wrongly, take " + i))
                            .when()
                            .put(Measures.url("/assessments/" + family.assessmentId())));
            List<Integer> statuses =
                    answers.stream().map(Response::statusCode).sorted().toList();
            outcomes.merge(statuses.toString(), 1, Integer::sum);
            assertEquals(List.of(200, 412), statuses, "race " + race);

            List<Response> acknowledgements = allAtOnce(
                    2,
                    i -> given().auth()
                            .oauth2(Tokens.clinician())
                            .contentType("application/json")
                            .body(Map.of("note", "Called the parent, take " + i))
                            .when()
                            .post(Measures.url("/alerts/" + family.alertId() + "/acknowledge")));
            List<Integer> acknowledged =
                    acknowledgements.stream().map(Response::statusCode).sorted().toList();
            outcomes.merge("acknowledge " + acknowledged, 1, Integer::sum);
            assertEquals(List.of(200, 409), acknowledged, "race " + race + ": one alert acknowledged twice");
        }
        System.out.printf(
                "Races: two clinicians correcting one measure, and acknowledging one alert, %d times: %s%n",
                RACES, outcomes);
    }

    /** Runs {@code n} requests released at the same instant, each on its own thread; answers them in order. */
    private static List<Response> allAtOnce(int n, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit((Callable<Response>) () -> {
                    ready.countDown();
                    go.await();
                    return request.send(index);
                }));
            }
            ready.await();
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Request {
        Response send(int index) throws Exception;
    }
}
