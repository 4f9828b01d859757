package org.oxpip.reporting.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.oxpip.reporting.testing.UpstreamFeeds.ASSESSMENTS;
import static org.oxpip.reporting.testing.UpstreamFeeds.REFERRALS;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.feed.ReferralFacts;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.testing.FeedsStub;
import org.oxpip.reporting.testing.ReadModel;
import org.oxpip.reporting.testing.UpstreamFeeds;

/**
 * The sync against recorded feed pages (src/test/resources/feeds): idempotent, resumable after a
 * failure at any point, never blocking reports, never storing an upstream body.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class FeedSyncTest {

    static final String CLOSED_REFERRAL = "6f1c3a52-0000-4000-8000-000000000001";
    static final String ERASED_REFERRAL = "6f1c3a52-0000-4000-8000-000000000004";
    static final String YEAR_2024 = "/api/v1/reports/summary?from=2024-01-01&to=2024-12-31";

    @ConfigProperty(name = "quarkus.rest-client.referrals.url")
    String upstreamUrl;

    @Inject
    FeedCursors cursors;

    @Inject
    ReferralsFeed referralsFeed;

    UpstreamFeeds upstream;

    @BeforeEach
    void asOnTheFirstDay() {
        upstream = UpstreamFeeds.at(upstreamUrl);
        upstream.reset();
        ReadModel.empty();
    }

    @Test
    void shouldReadBothFeedsPageByPageWithItsOwnServiceAccount() {
        recordedFeeds();

        syncNow()
                .body("feed", contains("referrals", "assessments", "quotes", "instruments"))
                // The catalogue has no cursor: it is read whole every time.
                .body("cursor", contains("5", "a-13", "0", null))
                .body("lastError", contains(nullValue(), nullValue(), nullValue(), nullValue()))
                .body("lastSuccessAt", everyItem(notNullValue()));

        // Five referral items, one of them a later snapshot of the first referral: four referrals.
        assertEquals(4, ReadModel.count("SELECT count(*) FROM referral_fact"));
        assertEquals("CLOSED", referralStatus(CLOSED_REFERRAL));
        assertEquals(
                "4",
                ReadModel.text(
                        "SELECT feed_position FROM referral_fact WHERE referral_id = '" + CLOSED_REFERRAL + "'"));
        assertEquals(3, ReadModel.count("SELECT count(*) FROM assessment_fact"));
        // The feeds only answer to the token from the token endpoint: every request carried it.
        assertEquals(0, upstream.requestsWithoutOurToken(REFERRALS));
        assertEquals(0, upstream.requestsWithoutOurToken(ASSESSMENTS));
    }

    @Test
    void shouldStoreNothingTwiceWhenTheSamePagesAreDeliveredAgain() {
        recordedFeeds();
        syncNow();

        // The feeds deliver everything again from the start (as after a cursor lost in a restore).
        ReadModel.execute("UPDATE feed_cursor SET cursor = NULL");
        syncNow().body("cursor", contains("5", "a-13", "0", null));

        assertEquals(4, ReadModel.count("SELECT count(*) FROM referral_fact"));
        assertEquals(3, ReadModel.count("SELECT count(*) FROM assessment_fact"));
        assertEquals("CLOSED", referralStatus(CLOSED_REFERRAL));
        summary("manager").body("referrals.received.value", org.hamcrest.Matchers.is(4));
    }

    @Test
    void shouldNeverLetAnOlderSnapshotDeliveredAgainUndoALaterOne() {
        recordedFeeds();
        syncNow();

        // Page 1 (the referral still RECEIVED) comes again, and the feed fails before page 2.
        upstream.reset();
        ReadModel.execute("UPDATE feed_cursor SET cursor = NULL WHERE feed = 'referrals'");
        upstream.recordedPage(REFERRALS, null, "referrals-1.json");
        upstream.fails(REFERRALS, "3", 500);
        upstream.recordedPage(ASSESSMENTS, "a-13", "assessments-after-a-13.json");
        syncNow().body("cursor", contains("3", "a-13", "0", null));

        assertEquals("CLOSED", referralStatus(CLOSED_REFERRAL));
    }

    @Test
    void shouldStoreNothingOfAPageThatFailsHalfWayAndReadItAgainNextTime() {
        upstream.page(REFERRALS, null, List.of(), null, false);
        // Items a-11 and a-12 are fine and written first; a-13's instrument is refused by the database.
        upstream.recordedPage(ASSESSMENTS, null, "assessments-breaks-half-way.json");

        syncNow()
                .body(
                        "find { it.feed == 'assessments' }.lastError",
                        containsString("page could not be stored (database error, SQLSTATE 23514)"))
                .body("find { it.feed == 'assessments' }.cursor", nullValue())
                .body("find { it.feed == 'assessments' }.lastSuccessAt", nullValue());
        assertEquals(0, ReadModel.count("SELECT count(*) FROM assessment_fact"));

        upstream.reset();
        recordedFeeds();
        syncNow()
                .body("find { it.feed == 'assessments' }.lastError", nullValue())
                .body("find { it.feed == 'assessments' }.cursor", org.hamcrest.Matchers.is("a-13"));
        assertEquals(3, ReadModel.count("SELECT count(*) FROM assessment_fact"));
    }

    @Test
    void shouldResumeAfterTheLastStoredPageWhenAFeedFailsBetweenPages() {
        upstream.recordedPage(REFERRALS, null, "referrals-1.json");
        upstream.fails(REFERRALS, "3", 500);
        upstream.recordedPage(ASSESSMENTS, null, "assessments-1.json");

        syncNow()
                .body("find { it.feed == 'referrals' }.cursor", org.hamcrest.Matchers.is("3"))
                .body(
                        "find { it.feed == 'referrals' }.lastError",
                        org.hamcrest.Matchers.is("referrals feed: upstream answered HTTP 500"))
                .body("find { it.feed == 'referrals' }.lastSuccessAt", nullValue())
                // A failing feed does not hold the other back.
                .body("find { it.feed == 'assessments' }.lastError", nullValue());
        assertEquals(3, ReadModel.count("SELECT count(*) FROM referral_fact"));
        // Retried with back-off before giving up: 1 + 3 retries.
        assertEquals(4, upstream.requests(REFERRALS, "3"));

        upstream.reset();
        recordedFeeds();
        syncNow()
                .body("find { it.feed == 'referrals' }.cursor", org.hamcrest.Matchers.is("5"))
                .body("find { it.feed == 'referrals' }.lastError", nullValue());
        assertEquals(0, upstream.requests(REFERRALS, null), "page 1 is not asked for again");
        assertEquals(1, upstream.requests(REFERRALS, "3"));
        assertEquals(4, ReadModel.count("SELECT count(*) FROM referral_fact"));
    }

    @Test
    void shouldKeepAnsweringReportsWithTheOldDataAsOfWhileAnUpstreamIsDown() {
        recordedFeeds();
        String referralsRead = syncNow().extract().path("find { it.feed == 'referrals' }.lastSuccessAt");
        assertNotNull(summary("manager").extract().path("dataAsOf"));

        upstream.fails(REFERRALS, "5", 503);
        syncNow()
                .body(
                        "find { it.feed == 'referrals' }.lastError",
                        org.hamcrest.Matchers.is("referrals feed: upstream answered HTTP 503"))
                // Never the upstream's body, which could hold anything.
                .body("lastError", everyItem(not(containsString("SMITH"))))
                .body("find { it.feed == 'referrals' }.lastSuccessAt", org.hamcrest.Matchers.is(referralsRead));

        // The others were read again, but the figures hold nothing of referrals-service after its last success.
        summary("manager")
                .body("dataAsOf", org.hamcrest.Matchers.is(referralsRead))
                .body("referrals.received.value", org.hamcrest.Matchers.is(4));
        summary("funder").body("dataAsOf", org.hamcrest.Matchers.is(referralsRead));
    }

    @Test
    void shouldRecordAnUpstreamThatIsTooSlow() {
        upstream.slow(REFERRALS, 3000);
        upstream.recordedPage(ASSESSMENTS, null, "assessments-1.json");

        syncNow()
                .body(
                        "find { it.feed == 'referrals' }.lastError",
                        org.hamcrest.Matchers.is("referrals feed: upstream timed out"));
    }

    @Test
    void shouldRefuseAPageThatBreaksTheContractWithoutStoringAnyOfIt() {
        upstream.recordedPage(REFERRALS, null, "referrals-full-postcode.json");
        upstream.recordedPage(ASSESSMENTS, null, "assessments-1.json");

        syncNow()
                .body(
                        "find { it.feed == 'referrals' }.lastError",
                        org.hamcrest.Matchers.is("referrals feed: page refused, it breaks the feed contract"
                                + " (item at position 2: area is not a postcode district)"))
                .body("find { it.feed == 'referrals' }.cursor", nullValue());
        assertEquals(0, ReadModel.count("SELECT count(*) FROM referral_fact"));
    }

    /**
     * The feeds are read as strictly as any JSON we take in: a value of the wrong type is a broken page,
     * never quietly converted (a total sent as text is not a score we were given). Fields a feed adds
     * later are still ignored, so the feeds can grow without breaking this reader.
     */
    @Test
    void shouldRefuseAValueOfTheWrongTypeButIgnoreAFieldAddedLater() {
        Map<String, Object> assessment = new LinkedHashMap<>(Map.of(
                "position",
                "a-11",
                "assessmentId",
                "9b2d4e61-0000-4000-8000-000000000011",
                "referralId",
                CLOSED_REFERRAL,
                "instrument",
                "PHQ9",
                "timepoint",
                "BASELINE",
                "respondent",
                "PARENT_1",
                "completedOn",
                "2024-03-04",
                "band",
                "moderately severe",
                "deleted",
                false,
                "changedAt",
                "2024-03-04T11:00:00Z"));
        assessment.put("total", "16");
        Map<String, Object> referral = new LinkedHashMap<>(Map.of(
                "position",
                "1",
                "referralId",
                CLOSED_REFERRAL,
                "receivedOn",
                "2024-02-05",
                "sourceType",
                "GP",
                "eligible",
                true,
                "pregnant",
                false,
                "status",
                "RECEIVED",
                "erased",
                false,
                "changedAt",
                "2024-02-05T10:15:00Z"));
        referral.put("addedInALaterVersion", "anything");
        upstream.page(REFERRALS, null, List.of(referral), "1", false);
        upstream.page(ASSESSMENTS, null, List.of(assessment), "a-11", false);

        syncNow()
                .body(
                        "find { it.feed == 'assessments' }.lastError",
                        org.hamcrest.Matchers.is(
                                "assessments feed: upstream answered with something that is not a feed page"))
                .body("find { it.feed == 'assessments' }.cursor", nullValue())
                .body("find { it.feed == 'referrals' }.lastError", nullValue())
                .body("find { it.feed == 'referrals' }.cursor", org.hamcrest.Matchers.is("1"));
        assertEquals(0, ReadModel.count("SELECT count(*) FROM assessment_fact"));
        assertEquals(1, ReadModel.count("SELECT count(*) FROM referral_fact"));
    }

    /**
     * When an assessment was first recorded is the same on every snapshot; a snapshot from a feed that does not
     * send it (an older outcomes-service) keeps the time an earlier snapshot gave, and a row that never had one
     * stays without (the report then orders it by its last change).
     */
    @Test
    void shouldKeepWhenAnAssessmentWasFirstRecorded() {
        Map<String, Object> recorded = assessment("a-1", "2024-03-04T11:00:00Z");
        recorded.put("recordedAt", "2024-03-04T11:00:00Z");
        Map<String, Object> correctedByAnOlderFeed = assessment("a-2", "2024-03-09T16:30:00Z");
        upstream.page(REFERRALS, null, List.of(), null, false);
        upstream.page(ASSESSMENTS, null, List.of(recorded), "a-1", true);
        upstream.page(ASSESSMENTS, "a-1", List.of(correctedByAnOlderFeed), "a-2", false);

        syncNow().body("find { it.feed == 'assessments' }.lastError", nullValue());

        assertEquals(
                "2024-03-04 11:00 2024-03-09 16:30",
                ReadModel.text("SELECT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' '"
                        + " || to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM assessment_fact"));
    }

    private static Map<String, Object> assessment(String position, String changedAt) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("position", position);
        item.put("assessmentId", "9b2d4e61-0000-4000-8000-000000000021");
        item.put("referralId", CLOSED_REFERRAL);
        item.put("instrument", "PHQ9");
        item.put("timepoint", "BASELINE");
        item.put("respondent", "PARENT_1");
        item.put("completedOn", "2024-03-04");
        item.put("total", 16);
        item.put("band", "moderately severe");
        item.put("deleted", false);
        item.put("changedAt", changedAt);
        return item;
    }

    @Test
    void shouldKeepCountingAnErasedReferral() {
        recordedFeeds();
        syncNow();

        assertEquals(
                "t", ReadModel.text("SELECT erased FROM referral_fact WHERE referral_id = '" + ERASED_REFERRAL + "'"));
        summary("manager")
                .body("referrals.received.value", org.hamcrest.Matchers.is(4))
                .body(
                        "referrals.bySourceType.find { it.category == 'MIDWIFE' }.count.value",
                        org.hamcrest.Matchers.is(1))
                .body(
                        "activity.closedByReason.find { it.category == 'MOVED_AWAY' }.count.value",
                        org.hamcrest.Matchers.is(1));
    }

    @Test
    void shouldDropAPageWhenAnotherSyncMovedTheCursorMeanwhile() {
        ReadModel.execute("UPDATE feed_cursor SET cursor = '7' WHERE feed = 'referrals'");
        FeedPage<ReferralFacts> page = new FeedPage<>(
                List.of(new ReferralFacts(
                        "1",
                        UUID.randomUUID(),
                        java.time.LocalDate.parse("2024-01-02"),
                        "GP",
                        null,
                        "OX11",
                        true,
                        false,
                        2,
                        null,
                        "RECEIVED",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        Instant.parse("2024-01-02T10:00:00Z"))),
                "1",
                false);

        assertThrows(CursorMoved.class, () -> cursors.store(referralsFeed, null, page, Instant.now()));

        assertEquals(0, ReadModel.count("SELECT count(*) FROM referral_fact"));
        assertEquals("7", cursors.current("referrals"));
    }

    private void recordedFeeds() {
        upstream.recordedPage(REFERRALS, null, "referrals-1.json");
        upstream.recordedPage(REFERRALS, "3", "referrals-2.json");
        upstream.recordedPage(REFERRALS, "5", "referrals-after-5.json");
        upstream.recordedPage(ASSESSMENTS, null, "assessments-1.json");
        upstream.recordedPage(ASSESSMENTS, "a-13", "assessments-after-a-13.json");
    }

    private static ValidatableResponse syncNow() {
        return given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/sync")
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse summary(String role) {
        String token = role.equals("funder") ? TestTokens.funder("DIDCOT_POWERHOUSE") : TestTokens.staff(role);
        return given().auth().oauth2(token).when().get(YEAR_2024).then().statusCode(200);
    }

    private static String referralStatus(String id) {
        return ReadModel.text("SELECT status FROM referral_fact WHERE referral_id = '" + id + "'");
    }
}
