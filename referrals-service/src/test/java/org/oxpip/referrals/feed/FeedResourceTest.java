package org.oxpip.referrals.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.referral.Referral;
import org.oxpip.referrals.testing.Api;
import org.oxpip.referrals.testing.Database;
import org.oxpip.referrals.testing.ReferralBodies;

@QuarkusTest
class FeedResourceTest {

    @Inject
    TransactionManager transactions;

    @Inject
    FeedWriter feed;

    @Inject
    EntityManager em;

    private ExecutorService writerA;
    private ExecutorService writerB;

    @BeforeEach
    void twoWriters() {
        writerA = Executors.newSingleThreadExecutor();
        writerB = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stopWriters() {
        writerA.shutdownNow();
        writerB.shutdownNow();
    }

    /**
     * A takes its feed position first and commits last; B comes after it and tries to commit first. The
     * reader reads while A is still open and again once both have committed: between the two reads it
     * must see both changes. With a plain sequence B would commit position n+1 while A still held n, the
     * reader would move past n+1, and A's n, committed later, would lie behind its cursor: skipped.
     */
    @Test
    void shouldNeverSkipAChangeCommittedOutOfOrder() throws Exception {
        UUID a = UUID.fromString(Api.submitAsPartner(TestTokens.AGENCY_A));
        UUID b = UUID.fromString(Api.submitAsPartner(TestTokens.AGENCY_A));
        String cursor = readToEnd(null).next;

        run(writerA, () -> {
            transactions.begin();
            feed.append(touch(a));
            return null;
        }); // A has its position
        CompletableFuture<Integer> backendB = new CompletableFuture<>();
        Future<Object> bWrites = writerB.submit(() -> {
            transactions.begin();
            backendB.complete(backendPid());
            feed.append(touch(b));
            transactions.commit();
            return null;
        });
        awaitCommittedOrWaiting(bWrites, backendB.get(10, TimeUnit.SECONDS));

        Read first = readToEnd(cursor); // the reader moves on while A is still open
        run(writerA, () -> {
            transactions.commit();
            return null;
        });
        bWrites.get(10, TimeUnit.SECONDS);
        Read second = readToEnd(first.next);

        List<UUID> seen = new ArrayList<>(first.referralIds);
        seen.addAll(second.referralIds);
        assertEquals(List.of(a, b), seen, "both changes, once each, A first: A's must not be skipped");
    }

    /**
     * While A holds the feed position uncommitted, B waits for it: PostgreSQL itself shows B's backend
     * waiting on a lock that A's backend holds. The reader sees neither, then both in order.
     */
    @Test
    void aChangeInFlightShouldHoldTheFeedBackNotBeSkipped() throws Exception {
        UUID a = UUID.fromString(Api.submitAsPartner(TestTokens.AGENCY_A));
        UUID b = UUID.fromString(Api.submitAsPartner(TestTokens.AGENCY_A));
        String cursor = readToEnd(null).next;

        int backendA = (Integer) writerA.submit(() -> {
                    transactions.begin();
                    int pid = backendPid();
                    feed.append(touch(a));
                    return pid;
                })
                .get(10, TimeUnit.SECONDS);
        CompletableFuture<Integer> backendB = new CompletableFuture<>();
        Future<Object> bWrites = writerB.submit(() -> {
            transactions.begin();
            backendB.complete(backendPid());
            feed.append(touch(b));
            transactions.commit();
            return null;
        });
        awaitWaitingOnTheFeedCounter(backendB.get(10, TimeUnit.SECONDS), backendA);
        assertFalse(bWrites.isDone(), "B cannot take a position while A holds the counter");
        assertTrue(readToEnd(cursor).referralIds.isEmpty(), "nothing is committed yet");

        run(writerA, () -> {
            transactions.commit();
            return null;
        });
        bWrites.get(10, TimeUnit.SECONDS);
        assertEquals(List.of(a, b), readToEnd(cursor).referralIds);
    }

    @Test
    void feedShouldCarryNoPersonalData() {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        String body = given().auth()
                .oauth2(TestTokens.staff("feed-reader"))
                .queryParam("limit", 1000)
                .when()
                .get("/api/v1/feed/referrals")
                .then()
                .statusCode(200)
                .body(containsString(id))
                .body(not(containsString(ReferralBodies.GIVEN_NAME)))
                .body(not(containsString(ReferralBodies.FAMILY_NAME)))
                .body(not(containsString(ReferralBodies.NHS_NUMBER)))
                .body(not(containsString(ReferralBodies.POSTCODE)))
                .body(not(containsString(ReferralBodies.PHONE)))
                .body(not(containsString("1993-04-02")))
                .body(not(containsString("Sam Visitor")))
                .extract()
                .asString();
        assertFalse(body.contains("Struggling since the birth"));
    }

    @ParameterizedTest(name = "{0} reads the feed: {1}")
    @CsvSource({
        "feed-reader,200",
        "admin,403",
        "clinician,403",
        "manager,403",
        "funder,403",
        "referrer,403",
        "referral-reader,200"
    })
    void feedShouldFollowTheRoleMatrix(String role, int status) {
        given().auth()
                .oauth2(TestTokens.staff(role))
                .when()
                .get("/api/v1/feed/referrals")
                .then()
                .statusCode(status);
    }

    @Test
    void badCursorShouldBeRefused() {
        given().auth()
                .oauth2(TestTokens.staff("feed-reader"))
                .queryParam("after", "'; drop table referral; --")
                .when()
                .get("/api/v1/feed/referrals")
                .then()
                .statusCode(400);
        given().when().get("/api/v1/feed/referrals").then().statusCode(401);
    }

    /** limit=ten is a 400 naming limit (it was JAX-RS's 404, as if the feed did not exist). */
    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = {"ten", "0", "1001", "2.5"})
    void badLimitShouldBe400NamingIt(String limit) {
        given().auth()
                .oauth2(TestTokens.staff("feed-reader"))
                .queryParam("limit", limit)
                .when()
                .get("/api/v1/feed/referrals")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("limit"));
    }

    private int backendPid() {
        return ((Number) em.createNativeQuery("SELECT pg_backend_pid()").getSingleResult()).intValue();
    }

    /** Backend {@code waiting} is blocked on a lock (not merely slow), taking the feed counter, held by {@code holder}. */
    private static boolean waitsOnTheFeedCounter(int waiting, int holder) {
        return Database.count("SELECT count(*) FROM pg_stat_activity a"
                        + " JOIN pg_locks l ON l.pid = a.pid AND NOT l.granted"
                        + " WHERE a.pid = " + waiting + " AND a.wait_event_type = 'Lock'"
                        + " AND a.query LIKE '%UPDATE feed_counter%'"
                        + " AND " + holder + " = ANY (pg_blocking_pids(a.pid))")
                > 0;
    }

    private static void awaitWaitingOnTheFeedCounter(int waiting, int holder) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (waitsOnTheFeedCounter(waiting, holder)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("B's backend never waited on a lock held by A's: the feed counter did not queue it");
    }

    /** Until B has either committed (as it could with a plain sequence) or is blocked on any lock. */
    private static void awaitCommittedOrWaiting(Future<Object> writes, int backend) throws Exception {
        for (int i = 0; i < 300; i++) {
            if (writes.isDone()) {
                writes.get();
                return;
            }
            if (Database.count("SELECT count(*) FROM pg_stat_activity WHERE pid = " + backend
                            + " AND wait_event_type = 'Lock'")
                    > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("B neither committed nor waited on a lock");
    }

    private Referral touch(UUID id) {
        Referral referral = Referral.findById(id);
        referral.allocatedTherapist = "Therapist " + UUID.randomUUID();
        return referral;
    }

    private static void run(ExecutorService writer, Callable<Object> step) throws Exception {
        writer.submit(step).get(10, TimeUnit.SECONDS);
    }

    private record Read(List<UUID> referralIds, String next) {}

    private static Read readToEnd(String after) {
        List<UUID> ids = new ArrayList<>();
        String cursor = after;
        while (true) {
            var request = given().auth().oauth2(TestTokens.staff("feed-reader")).queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("after", cursor);
            }
            JsonPath page = request.when()
                    .get("/api/v1/feed/referrals")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            page.getList("items.referralId", String.class).forEach(id -> ids.add(UUID.fromString(id)));
            cursor = page.getString("next");
            if (!page.getBoolean("hasMore")) {
                return new Read(ids, cursor);
            }
        }
    }
}
