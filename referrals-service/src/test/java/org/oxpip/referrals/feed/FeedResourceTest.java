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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
     * A writes its change first and commits last; B comes after it and commits first. The reader reads
     * while A is still open and again once both have committed: between the two reads it must see both
     * changes, A first. With a plain sequence read as "everything above my cursor" the reader would move
     * past B's position, and A's lower one, committed later, would lie behind its cursor: skipped.
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
        }); // A's change is written, not committed
        run(writerB, () -> {
            transactions.begin();
            feed.append(touch(b));
            transactions.commit();
            return null;
        }); // B did not wait for A: writers no longer queue on one row

        Read first = readToEnd(cursor); // the reader moves on while A is still open
        run(writerA, () -> {
            transactions.commit();
            return null;
        });
        Read second = readToEnd(first.next);

        List<UUID> seen = new ArrayList<>(first.referralIds);
        seen.addAll(second.referralIds);
        assertEquals(List.of(a, b), seen, "both changes, once each, A first: A's must not be skipped");
    }

    /**
     * While A is open, B's committed change is held back too (it sorts after A's), and the reader's next
     * cursor stays where it was; once A commits, both come, in order. A rolled-back change never appears.
     */
    @Test
    void aChangeInFlightShouldHoldTheFeedBackNotBeSkipped() throws Exception {
        UUID a = UUID.fromString(Api.submitAsPartner(TestTokens.AGENCY_A));
        UUID b = UUID.fromString(Api.submitAsPartner(TestTokens.AGENCY_A));
        UUID rolledBack = UUID.fromString(Api.submitAsPartner(TestTokens.AGENCY_A));
        String cursor = readToEnd(null).next;

        run(writerA, () -> {
            transactions.begin();
            feed.append(touch(a));
            return null;
        });
        run(writerB, () -> {
            transactions.begin();
            feed.append(touch(rolledBack));
            transactions.rollback();
            transactions.begin();
            feed.append(touch(b));
            transactions.commit();
            return null;
        });
        Read whileAIsOpen = readToEnd(cursor);
        assertTrue(whileAIsOpen.referralIds.isEmpty(), "B's committed change waits behind A's open one");
        assertEquals(cursor, whileAIsOpen.next, "the cursor does not move while nothing may be read");
        assertTrue(whileAIsOpen.heldBack, "the page says a committed change is held back");

        run(writerA, () -> {
            transactions.commit();
            return null;
        });
        Read afterwards = readToEnd(cursor);
        assertEquals(List.of(a, b), afterwards.referralIds);
        assertFalse(afterwards.heldBack, "nothing waits any more");
    }

    /** Cursors handed out before the feed was ordered by transaction (a bare position) still read on. */
    @Test
    void aCursorFromBeforeShouldStillReadOn() {
        UUID id = UUID.fromString(Api.submitAsPartner(TestTokens.AGENCY_A));
        assertTrue(readToEnd("0").referralIds.contains(id));
        assertTrue(readToEnd("999999999").referralIds.contains(id), "every change since sorts after the old ones");
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

    private Referral touch(UUID id) {
        Referral referral = Referral.findById(id);
        referral.allocatedTherapist = "Therapist " + UUID.randomUUID();
        return referral;
    }

    private static void run(ExecutorService writer, Callable<Object> step) throws Exception {
        writer.submit(step).get(10, TimeUnit.SECONDS);
    }

    private record Read(List<UUID> referralIds, String next, boolean heldBack) {}

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
                return new Read(ids, cursor, page.getBoolean("heldBack"));
            }
        }
    }
}
