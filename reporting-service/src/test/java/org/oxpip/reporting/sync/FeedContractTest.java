package org.oxpip.reporting.sync;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oxpip.feed.AssessmentFacts;
import org.oxpip.feed.ReferralFacts;

/** docs/feeds.md: what a page must be before any of it is stored. */
class FeedContractTest {

    @Test
    void shouldAcceptAnEmptyLastPage() {
        assertDoesNotThrow(() -> FeedContract.check(new FeedPage<ReferralFacts>(List.of(), "41", false), "41"));
        assertDoesNotThrow(() -> FeedContract.check(new FeedPage<ReferralFacts>(List.of(), null, false), null));
    }

    @Test
    void shouldRefuseAFeedThatSaysMoreButDoesNotMove() {
        assertThrows(
                FeedBreach.class, () -> FeedContract.check(new FeedPage<ReferralFacts>(List.of(), "41", true), "41"));
    }

    @Test
    void shouldRefuseItemsWithoutANextCursor() {
        assertThrows(
                FeedBreach.class,
                () -> FeedContract.check(new FeedPage<>(List.of(referral("1", "OX11")), null, false), null));
    }

    @Test
    void shouldNameTheItemByPositionAndTheFieldByNameOnly() {
        FeedBreach breach = assertThrows(
                FeedBreach.class,
                () -> FeedContract.check(
                        new FeedPage<>(List.of(referral("1", "OX11"), referral("2", "OX11 7HJ")), "2", false), null));
        assertEquals("item at position 2: area is not a postcode district", breach.getMessage());
    }

    @Test
    void shouldRefuseAnAssessmentWithoutItsReferralOrWithAFreeTextBand() {
        AssessmentFacts orphan = new AssessmentFacts(
                "9",
                UUID.randomUUID(),
                null,
                "PHQ9",
                "BASELINE",
                "PARENT_1",
                LocalDate.parse("2024-01-02"),
                12,
                "moderate",
                false,
                Instant.parse("2024-01-02T10:00:00Z"),
                null);
        assertEquals(
                "item at position 9: referralId is missing",
                assertThrows(
                                FeedBreach.class,
                                () -> FeedContract.check(new FeedPage<>(List.of(orphan), "9", false), null))
                        .getMessage());
        AssessmentFacts chatty = new AssessmentFacts(
                "10",
                UUID.randomUUID(),
                UUID.randomUUID(),
                "SATISFACTION",
                "END",
                "PARENT_1",
                LocalDate.parse("2024-01-02"),
                null,
                "Lovely, thank you! Call me on 07700 900123",
                false,
                Instant.parse("2024-01-02T10:00:00Z"),
                null);
        assertEquals(
                "item at position 10: band is not a short label",
                assertThrows(
                                FeedBreach.class,
                                () -> FeedContract.check(new FeedPage<>(List.of(chatty), "10", false), null))
                        .getMessage());
    }

    private static ReferralFacts referral(String position, String area) {
        return new ReferralFacts(
                position,
                UUID.randomUUID(),
                LocalDate.parse("2024-01-02"),
                "GP",
                null,
                area,
                true,
                false,
                2,
                "DIDCOT_POWERHOUSE",
                "RECEIVED",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                Instant.parse("2024-01-02T10:00:00Z"));
    }
}
