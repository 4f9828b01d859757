package org.oxpip.outcomes.erasure;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.oxpip.outcomes.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.outcomes.testing.Api;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;

/**
 * The erasure poll against referrals-service's erasure contract: pending erasures are erased here
 * (every piece of the family's free text, anywhere in the database), the figures stay, then each is
 * confirmed. Erasing again is harmless, and whatever fails is done by the next poll.
 */
@QuarkusTest
class ErasurePollTest {

    /** Five rows hold a planted family's text: two assessments, two replaced versions, one alert. */
    private static final long PLANTED_ROWS = 5;

    @Inject
    ErasurePoll poll;

    @BeforeEach
    @AfterEach
    void nothingPending() {
        ReferralsStub.resetErasures();
    }

    @Test
    void shouldEraseEveryPieceOfTheFamilysFreeTextAndKeepItsFigures() {
        PlantedFamily family = PlantedFamily.plant();
        PlantedFamily other = PlantedFamily.plant();
        assertEquals(PLANTED_ROWS, family.rowsWithItsText(), "the search finds every planted piece");
        List<String> figures = family.figures();

        ReferralsStub.pending(family.referral());
        assertEquals(new ErasurePoll.Result(1, 1, 0), poll.poll());

        assertEquals(0, family.rowsWithItsText(), "nothing of the family's free text is left in any table");
        assertEquals(figures, family.figures(), "scores, dates, totals, bands and flags are kept");
        assertEquals(PLANTED_ROWS, other.rowsWithItsText(), "another family is untouched");
        assertEquals(1, ReferralsStub.confirmations(family.referral()));
        assertEquals(
                ReferralsStub.ERASED_AT,
                Rows.string("SELECT to_char(erased_at AT TIME ZONE 'UTC',"
                        + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM erased_referral WHERE referral_id = '"
                        + family.referral() + "'"));
        assertNotNull(Rows.string(
                "SELECT confirmed_at FROM erased_referral WHERE referral_id = '" + family.referral() + "'"));
        assertEquals(1, erasuresAudited(family));
    }

    @Test
    void readsAfterTheErasureShouldShowNothingPersonal() {
        PlantedFamily family = PlantedFamily.plant();
        ReferralsStub.pending(family.referral());
        poll.poll();

        as("manager")
                .when()
                .get(Api.ASSESSMENT, family.satisfaction())
                .then()
                .statusCode(200)
                .body("comments", nullValue())
                .body("answers", equalTo(List.of(1, 4, 4, 5)))
                .body("band", notNullValue());
        as("manager")
                .when()
                .get(Api.ASSESSMENT + "/history", family.satisfaction())
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("reason", everyItem(nullValue()))
                .body("comments", everyItem(nullValue()));
        as("admin")
                .when()
                .get(Api.ASSESSMENT, family.deleted())
                .then()
                .statusCode(200)
                .body("deleted", equalTo(true))
                .body("deletedReason", nullValue())
                .body("total", equalTo(10));
        as("admin")
                .when()
                .get(Api.ASSESSMENT + "/history", family.deleted())
                .then()
                .body("reason", everyItem(nullValue()));
        as("clinician")
                .when()
                .get("/api/v1/alerts?status=ACKNOWLEDGED&size=100&page={page}", lastPage("ACKNOWLEDGED"))
                .then()
                .body("items.id", hasItem(family.acknowledged()))
                .body("items.find { it.id == '" + family.acknowledged() + "' }.note", nullValue())
                .body("items.find { it.id == '" + family.acknowledged() + "' }.acknowledgedBy", equalTo("clinician"));
        as("manager")
                .when()
                .get("/api/v1/referrals/{id}/assessments", family.referral())
                .then()
                .statusCode(200)
                .body("comments", everyItem(nullValue()))
                .body("total", hasItem(9));
    }

    @Test
    void erasingTwiceShouldBeHarmless() {
        PlantedFamily family = PlantedFamily.plant();
        ReferralsStub.pending(family.referral());
        poll.poll();
        List<String> afterFirst = everything(family);

        // referrals-service lost our confirmation, so it lists the erasure again.
        assertEquals(new ErasurePoll.Result(1, 1, 0), poll.poll());

        assertEquals(afterFirst, everything(family), "the second erasure changes nothing");
        assertEquals(0, family.rowsWithItsText());
        assertEquals(2, ReferralsStub.confirmations(family.referral()), "confirming again is harmless there too");
        assertEquals(1, erasuresAudited(family), "nothing was erased the second time");
    }

    @Test
    void whenThePendingListCannotBeReadTheNextPollShouldErase() {
        PlantedFamily family = PlantedFamily.plant();
        ReferralsStub.pendingFails();

        assertEquals(new ErasurePoll.Result(0, 0, 1), poll.poll());
        assertEquals(PLANTED_ROWS, family.rowsWithItsText());

        ReferralsStub.pending(family.referral());
        assertEquals(new ErasurePoll.Result(1, 1, 0), poll.poll());
        assertEquals(0, family.rowsWithItsText());
    }

    @Test
    void aFailedConfirmationShouldStayPendingAndBeConfirmedByTheNextPoll() {
        PlantedFamily family = PlantedFamily.plant();
        PlantedFamily next = PlantedFamily.plant();
        ReferralsStub.pending(family.referral(), next.referral());
        ReferralsStub.confirmationFails(family.referral());

        assertEquals(new ErasurePoll.Result(2, 1, 1), poll.poll(), "one failure does not hold back the others");
        assertEquals(
                0, family.rowsWithItsText(), "erased here even though referrals-service did not take the confirmation");
        assertEquals(0, next.rowsWithItsText());
        assertNull(Rows.string(
                "SELECT confirmed_at FROM erased_referral WHERE referral_id = '" + family.referral() + "'"));
        assertNotNull(
                Rows.string("SELECT confirmed_at FROM erased_referral WHERE referral_id = '" + next.referral() + "'"));

        ReferralsStub.resetErasures();
        ReferralsStub.pending(family.referral());
        assertEquals(new ErasurePoll.Result(1, 1, 0), poll.poll());
        assertNotNull(Rows.string(
                "SELECT confirmed_at FROM erased_referral WHERE referral_id = '" + family.referral() + "'"));
    }

    @Test
    void nothingPendingShouldChangeNothing() {
        java.util.Map<String, Long> before = Rows.counts();
        assertEquals(new ErasurePoll.Result(0, 0, 0), poll.poll());
        assertEquals(before, Rows.counts());
    }

    private static long erasuresAudited(PlantedFamily family) {
        return Rows.count("SELECT count(*) FROM audit_entry WHERE action = 'ERASE' AND record_type = 'referral'"
                + " AND record_id = '" + family.referral() + "' AND actor = 'outcomes-service' AND role = 'system'");
    }

    /** Every column of every row held for the family, and its erasure record. */
    private static List<String> everything(PlantedFamily family) {
        String assessments = "SELECT id FROM assessment WHERE referral_id = '" + family.referral() + "'";
        return List.of(
                String.join(
                        "\n",
                        Rows.strings("SELECT a::text FROM assessment a WHERE referral_id = '" + family.referral()
                                + "' ORDER BY id")),
                String.join(
                        "\n",
                        Rows.strings("SELECT v::text FROM assessment_version v WHERE assessment_id IN (" + assessments
                                + ") ORDER BY id")),
                String.join(
                        "\n",
                        Rows.strings("SELECT r::text FROM risk_alert r WHERE referral_id = '" + family.referral()
                                + "' ORDER BY id")),
                String.join(
                        "\n",
                        Rows.strings("SELECT row(referral_id, erased_at, applied_at, confirmed_at IS NOT NULL)::text"
                                + " FROM erased_referral WHERE referral_id = '" + family.referral() + "'")));
    }

    private static int lastPage(String status) {
        long total = Rows.count("SELECT count(*) FROM risk_alert WHERE status = '" + status + "'");
        return (int) ((total - 1) / 100);
    }
}
