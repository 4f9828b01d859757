package org.oxpip.outcomes.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.outcomes.testing.Api.phq9;
import static org.oxpip.outcomes.testing.Api.record;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.feed.ReferralFacts;
import org.oxpip.outcomes.testing.Api;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;

/**
 * The copy of referral states kept from referrals-service's feed answers a measure's check without the call to
 * {@code /status}, and is never older than the check: a referral declined or erased a moment ago is refused, also
 * when the copy was read a moment before the decline, and also when a read was under way as it was made. A copy
 * that cannot read the feed, or does not know the referral, hands the check to {@code /status}.
 *
 * <p>Each test makes its referrals with ids {@code /status} does not know or contradicts, so the answer shows
 * which of the two gave it.
 */
@QuarkusTest
class ReferralCopyTest {

    private static final String NOT_ACCEPTED = "https://oxpip.org/problems/referral-not-accepted";
    private static final String ERASED = "https://oxpip.org/problems/referral-erased";

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    ReferralFeedReader reader;

    @Inject
    ReferralCopy copy;

    @BeforeEach
    @AfterEach
    void feedAnswersAtOnce() {
        ReferralsStub.resetErasures();
        circuitBreakers.resetAll();
    }

    @Test
    void shouldAnswerFromTheCopyWithoutAskingStatus() {
        UUID referral = ReferralsStub.unknownReferral();
        String position = ReferralsStub.feedChange(referral, "ACCEPTED", false);

        record(phq9(referral)).statusCode(201);

        assertEquals(0, ReferralsStub.statusRequests(referral), "/status would have said 404");
        assertEquals(
                "ACCEPTED", Rows.string("SELECT status FROM referral_state WHERE referral_id = '" + referral + "'"));
        assertEquals(
                position, Rows.string("SELECT position FROM referral_state WHERE referral_id = '" + referral + "'"));
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("oxpip_referral_checks_total{answered_by=\"copy\"}"))
                .body(containsString("oxpip_referral_copy_age_seconds"));
    }

    @Test
    void aReferralDeclinedAMomentAgoShouldBeRefused() {
        UUID referral = ReferralsStub.unknownReferral();
        ReferralsStub.feedChange(referral, "ACCEPTED", false);
        record(phq9(referral)).statusCode(201);
        // The copy read the feed a moment ago, and then the referral is declined.
        ReferralsStub.feedChange(referral, "DECLINED", false);
        Map<String, Long> before = Rows.counts();

        refused(record(phq9(referral)), NOT_ACCEPTED);

        assertEquals(before, Rows.counts());
        assertEquals(0, ReferralsStub.statusRequests(referral));
    }

    @Test
    void aReferralErasedAMomentAgoShouldBeRefusedAndErasedHereAtOnce() {
        UUID referral = ReferralsStub.unknownReferral();
        ReferralsStub.feedChange(referral, "IN_THERAPY", false);
        Map<String, Object> satisfaction =
                Api.measure(referral, "SATISFACTION", "END", "PARENT_1", "2024-12-10", 1, 5, 5, 5);
        satisfaction.put("comments", "Anna Family said the sessions helped");
        record(satisfaction).statusCode(201);
        ReferralsStub.feedChange(referral, "IN_THERAPY", true);

        refused(record(phq9(referral)), ERASED);

        assertNotNull(Rows.string("SELECT applied_at FROM erased_referral WHERE referral_id = '" + referral + "'"));
        assertEquals(
                0,
                Rows.count("SELECT count(*) FROM assessment WHERE comments IS NOT NULL AND referral_id = '" + referral
                        + "'"));
        // An erasure is final: a later snapshot that did not say so would not undo it in the copy.
        ReferralsStub.feedChange(referral, "CLOSED", false);
        refused(record(phq9(referral)), ERASED);
        assertEquals(
                "true",
                Rows.string("SELECT CAST(erased AS text) FROM referral_state WHERE referral_id = '" + referral + "'"));
        assertEquals(0, ReferralsStub.statusRequests(referral));
    }

    /**
     * The race: a read of the feed is under way (it began, and referrals-service answered it as things stood then)
     * when the referral is declined. A measure checked after the decline must not be answered by that read: it
     * waits for the next, which began after the check did.
     */
    @Test
    void aDeclineWhileAReadIsUnderWayShouldRefuseEveryMeasureCheckedAfterIt() throws Exception {
        UUID referral = ReferralsStub.unknownReferral();
        ReferralsStub.feedChange(referral, "ACCEPTED", false);
        ReferralsStub.feedDelay(300);
        int reads = ReferralsStub.feedReads();
        CompletableFuture<Boolean> underWay = reader.readNow();
        Thread.sleep(150);
        ReferralsStub.feedChange(referral, "DECLINED", false);

        refused(record(phq9(referral)), NOT_ACCEPTED);

        assertTrue(underWay.get(10, TimeUnit.SECONDS), "the read under way succeeded, and was not the one used");
        assertTrue(ReferralsStub.feedReads() >= reads + 2);
        assertEquals(0, ReferralsStub.statusRequests(referral));
    }

    @Test
    void aCopyThatCannotReadTheFeedShouldHandTheCheckToStatus() {
        // The copy says ACCEPTED; referrals-service has since declined it, and its feed cannot be read.
        UUID referral = ReferralsStub.referral("DECLINED");
        ReferralsStub.feedChange(referral, "ACCEPTED", false);
        record(phq9(referral)).statusCode(201);
        ReferralsStub.feedFails();

        refused(record(phq9(referral)), NOT_ACCEPTED);

        assertEquals(1, ReferralsStub.statusRequests(referral));
    }

    /**
     * The feed reached its end but says committed changes wait behind an older transaction (a decline among them,
     * perhaps): the copy cannot vouch for the referral, so the check asks /status.
     */
    @Test
    void aReadThatEndsHeldBackShouldHandTheCheckToStatus() {
        UUID referral = ReferralsStub.referral("DECLINED");
        ReferralsStub.feedChange(referral, "ACCEPTED", false);
        record(phq9(referral)).statusCode(201);
        ReferralsStub.feedHeldBack(true);

        refused(record(phq9(referral)), NOT_ACCEPTED);

        assertEquals(1, ReferralsStub.statusRequests(referral));
    }

    @Test
    void aReferralTheCopyDoesNotKnowShouldBeAskedOfStatus() {
        UUID referral = ReferralsStub.referral("WAITING");

        record(phq9(referral)).statusCode(201);

        assertEquals(1, ReferralsStub.statusRequests(referral));
        assertEquals(0, Rows.count("SELECT count(*) FROM referral_state WHERE referral_id = '" + referral + "'"));
    }

    @Test
    void theCopyShouldKeepItsPlaceInTheFeed() {
        UUID referral = ReferralsStub.unknownReferral();
        String position = ReferralsStub.feedChange(referral, "WAITING", false);
        record(phq9(referral)).statusCode(201);
        assertEquals(position, Rows.string("SELECT after FROM referral_copy_cursor"));
        int reads = ReferralsStub.feedReads();
        record(phq9(referral)).statusCode(201);
        assertTrue(ReferralsStub.feedReads() > reads, "each check waits for a read that began after it");
    }

    /** A second instance of this service, reading the feed behind this one, cannot put an older state back. */
    @Test
    void anOlderSnapshotShouldNotReplaceANewerOne() {
        UUID referral = ReferralsStub.unknownReferral();
        ReferralsStub.feedChange(referral, "DECLINED", false);
        record(phq9(referral)).statusCode(422);
        Instant before = Instant.now().minusSeconds(60);

        copy.apply(List.of(snapshot(referral, "ACCEPTED", before)), "1");

        assertEquals(
                "DECLINED", Rows.string("SELECT status FROM referral_state WHERE referral_id = '" + referral + "'"));
        refused(record(phq9(referral)), NOT_ACCEPTED);
    }

    private static ReferralFacts snapshot(UUID referral, String status, Instant changedAt) {
        return new ReferralFacts(
                "1",
                referral,
                LocalDate.parse(ReferralsStub.RECEIVED_ON),
                "GP",
                null,
                "OX11",
                true,
                false,
                3,
                ReferralsStub.FUNDING_STREAM,
                status,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                changedAt);
    }

    private static void refused(ValidatableResponse response, String type) {
        response.statusCode(422).contentType("application/problem+json").body("type", equalTo(type));
    }
}
