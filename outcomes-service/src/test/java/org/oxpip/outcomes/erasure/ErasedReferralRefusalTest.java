package org.oxpip.outcomes.erasure;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.outcomes.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oxpip.outcomes.testing.Api;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;

/**
 * An erased referral takes no new data: a new measure, a correction, a deletion or an
 * acknowledgement note is refused with 422 referral-erased and stores nothing. Our own record of
 * erasures answers first; referrals-service's /status saying "erased" refuses too, and erases our
 * copy at once.
 */
@QuarkusTest
class ErasedReferralRefusalTest {

    private static final String ERASED = "https://oxpip.org/problems/referral-erased";
    /** The tables a measure, a correction, a deletion or an acknowledgement writes to, besides the audit trail. */
    private static final List<String> MEASURE_TABLES =
            List.of("assessment", "assessment_version", "risk_alert", "assessment_change");

    @Inject
    ErasurePoll poll;

    @BeforeEach
    @AfterEach
    void nothingPending() {
        ReferralsStub.resetErasures();
    }

    /** A write for the family, each carrying new free text with the family's marker. */
    enum Write {
        RECORD(family -> {
            Map<String, Object> measure =
                    Api.measure(family.referral(), "SATISFACTION", "FOLLOW_UP", "PARENT_2", "2025-02-10", 1, 5, 5, 5);
            measure.put("comments", family.marker() + " wrote again");
            return as("clinician").body(measure).when().post(Api.ASSESSMENTS).then();
        }),
        CORRECT(family -> {
            Map<String, Object> correction =
                    Api.correction("END", "2025-01-20", family.marker() + " again", 1, 3, 3, 3);
            correction.put("comments", family.marker() + " changed her mind");
            return as("clinician")
                    .header("If-Match", "\"" + version(family.satisfaction()) + "\"")
                    .body(correction)
                    .when()
                    .put(Api.ASSESSMENT, family.satisfaction())
                    .then();
        }),
        DELETE(family -> as("admin")
                .header("If-Match", "\"" + version(family.satisfaction()) + "\"")
                .body(Map.of("reason", family.marker() + " asked for it"))
                .when()
                .delete(Api.ASSESSMENT, family.satisfaction())
                .then()),
        ACKNOWLEDGE(family -> as("clinician")
                .body(Map.of("note", "Rang " + family.marker()))
                .when()
                .post("/api/v1/alerts/{id}/acknowledge", family.open())
                .then());

        final Function<PlantedFamily, ValidatableResponse> send;

        Write(Function<PlantedFamily, ValidatableResponse> send) {
            this.send = send;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Write.class)
    void afterOurErasureEveryWriteShouldBeRefusedWithoutAskingReferralsService(Write write) {
        PlantedFamily family = PlantedFamily.plant();
        ReferralsStub.pending(family.referral());
        poll.poll();
        int asked = ReferralsStub.statusRequests(family.referral());
        Map<String, Long> before = Rows.counts();

        refused(write.send.apply(family));

        assertEquals(before, Rows.counts(), "nothing stored, not even an audit entry");
        assertEquals(0, family.rowsWithItsText());
        assertEquals(asked, ReferralsStub.statusRequests(family.referral()), "our own record answered first");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Write.class,
            names = {"RECORD", "CORRECT", "DELETE"})
    void whenReferralsServiceSaysErasedTheWriteShouldBeRefusedAndOurCopyErasedAtOnce(Write write) {
        PlantedFamily family = PlantedFamily.plant();
        ReferralsStub.erasedThere(family.referral());
        Map<String, Long> before = measureRows();

        refused(write.send.apply(family));

        assertEquals(before, measureRows(), "the write stored nothing");
        assertEquals(0, family.rowsWithItsText(), "our copy was erased at once, before any poll");
        assertNotNull(
                Rows.string("SELECT applied_at FROM erased_referral WHERE referral_id = '" + family.referral() + "'"));
        assertEquals(
                1,
                Rows.count("SELECT count(*) FROM audit_entry WHERE action = 'ERASE' AND record_id = '"
                        + family.referral() + "'"));
        assertEquals(
                0,
                Rows.count("SELECT count(*) FROM audit_entry WHERE action IN ('RECORD', 'CORRECT', 'DELETE')"
                        + " AND record_id = '" + family.satisfaction()
                        + "' AND at > (SELECT applied_at FROM erased_referral"
                        + " WHERE referral_id = '" + family.referral() + "')"));

        // The confirmation to referrals-service is the poll's job.
        assertEquals(0, ReferralsStub.confirmations(family.referral()));
        assertNull(Rows.string(
                "SELECT confirmed_at FROM erased_referral WHERE referral_id = '" + family.referral() + "'"));
        ReferralsStub.pending(family.referral());
        assertEquals(new ErasurePoll.Result(1, 1, 0), poll.poll());
        assertEquals(1, ReferralsStub.confirmations(family.referral()));
    }

    /**
     * An erasure in flight holds back a measure for the same referral until it commits; the measure
     * then sees the erasure and is refused, rather than slipping its comments in after the erasure.
     */
    @Test
    void aMeasureRacingAnErasureShouldWaitForItAndBeRefused() throws Exception {
        UUID referral = ReferralsStub.referral("ACCEPTED");
        Map<String, Object> measure =
                Api.measure(referral, "SATISFACTION", "END", "PARENT_1", "2025-02-10", 1, 5, 5, 5);
        measure.put("comments", "Sent while the family was being erased");
        int[] keys = ErasedReferrals.lockKeys(referral);
        try (Connection erasure = Rows.dataSource().getConnection()) {
            erasure.setAutoCommit(false);
            try (Statement sql = erasure.createStatement()) {
                sql.execute("SELECT pg_advisory_xact_lock(" + keys[0] + ", " + keys[1] + ")");
            }
            CompletableFuture<ValidatableResponse> sent = CompletableFuture.supplyAsync(() ->
                    as("clinician").body(measure).when().post(Api.ASSESSMENTS).then());
            awaitWaitingOnTheLock(sent);
            try (PreparedStatement erased = erasure.prepareStatement(
                    "INSERT INTO erased_referral (referral_id, applied_at) VALUES (?, now())")) {
                erased.setObject(1, referral);
                erased.executeUpdate();
            }
            erasure.commit();
            refused(sent.get(30, TimeUnit.SECONDS));
        }
        assertEquals(0, Rows.count("SELECT count(*) FROM assessment WHERE referral_id = '" + referral + "'"));
    }

    @Test
    void readsShouldStillWorkForAnErasedReferral() {
        PlantedFamily family = PlantedFamily.plant();
        ReferralsStub.pending(family.referral());
        poll.poll();
        as("clinician")
                .when()
                .get("/api/v1/referrals/{id}/outcomes", family.referral())
                .then()
                .statusCode(200);
        as("clinician").when().get(Api.ASSESSMENT, family.satisfaction()).then().statusCode(200);
    }

    private static void refused(ValidatableResponse response) {
        response.statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(ERASED))
                .body("status", equalTo(422));
    }

    private static int version(String assessment) {
        return (int) Rows.count("SELECT version FROM assessment WHERE id = '" + assessment + "'");
    }

    private static Map<String, Long> measureRows() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        MEASURE_TABLES.forEach(table -> counts.put(table, Rows.count("SELECT count(*) FROM " + table)));
        return counts;
    }

    private static void awaitWaitingOnTheLock(CompletableFuture<?> sent) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (Rows.count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") > 0) {
                return;
            }
            assertTrue(!sent.isDone(), "the measure must wait for the erasure in flight, not be answered");
            Thread.sleep(50);
        }
        throw new AssertionError("the measure never waited on the erasure's lock");
    }
}
