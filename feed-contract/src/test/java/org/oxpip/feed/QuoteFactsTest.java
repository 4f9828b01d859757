package org.oxpip.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a quote item must be before reporting-service stores it: approved ones whole, others only named. */
class QuoteFactsTest {

    private static final UUID ID = UUID.fromString("5d0f6c1e-2b7a-4f3e-9c8d-1a2b3c4d5e6f");
    private static final Instant AT = Instant.parse("2024-12-18T10:15:00Z");

    static QuoteFacts approved(String text, List<String> streams, String month) {
        return new QuoteFacts("17", ID, true, text, streams, month, AT);
    }

    @Test
    void anApprovedQuoteShouldNeedItsTextStreamsAndMonth() {
        assertEquals(
                Optional.empty(),
                approved("Helped us.", List.of("DIDCOT_POWERHOUSE"), "2024-12").breach());
        assertTrue(
                approved(null, List.of("DIDCOT_POWERHOUSE"), "2024-12").breach().isPresent());
        assertTrue(
                approved(" ", List.of("DIDCOT_POWERHOUSE"), "2024-12").breach().isPresent());
        assertTrue(approved("x".repeat(1001), List.of("DIDCOT_POWERHOUSE"), "2024-12")
                .breach()
                .isPresent());
        assertFalse(approved("x".repeat(1000), List.of("DIDCOT_POWERHOUSE"), "2024-12")
                .breach()
                .isPresent());
        assertTrue(approved("Helped us.", List.of(), "2024-12").breach().isPresent());
        assertTrue(approved("Helped us.", Arrays.asList((String) null), "2024-12")
                .breach()
                .isPresent());
        assertTrue(approved("Helped us.", List.of("not a code"), "2024-12")
                .breach()
                .isPresent());
        assertTrue(approved("Helped us.", List.of("DIDCOT_POWERHOUSE"), "2024-13")
                .breach()
                .isPresent());
        assertTrue(approved("Helped us.", List.of("DIDCOT_POWERHOUSE"), "2024-12-01")
                .breach()
                .isPresent());
    }

    @Test
    void aQuoteNoLongerApprovedShouldNeedOnlyItsIdAndTime() {
        assertEquals(Optional.empty(), new QuoteFacts("18", ID, false, null, List.of(), null, AT).breach());
        assertTrue(new QuoteFacts("18", null, false, null, List.of(), null, AT)
                .breach()
                .isPresent());
        assertTrue(new QuoteFacts("18", ID, false, null, List.of(), null, null)
                .breach()
                .isPresent());
    }

    @Test
    void aBreachShouldNeverRepeatTheText() {
        String text = "Priya Okonkwo " + "x".repeat(1000);
        String breach =
                approved(text, List.of("DIDCOT_POWERHOUSE"), "2024-12").breach().orElseThrow();
        assertFalse(breach.contains("Priya"), breach);
    }

    @Test
    void itShouldReadAsTheFeedWritesIt() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        QuoteFacts read = mapper.readValue("""
                {"position": "17", "quoteId": "5d0f6c1e-2b7a-4f3e-9c8d-1a2b3c4d5e6f", "approved": true,
                 "text": "Helped us.", "fundingStreams": ["DIDCOT_POWERHOUSE"], "month": "2024-12",
                 "changedAt": "2024-12-18T10:15:00Z", "aFieldFromLater": 1}""", QuoteFacts.class);
        assertEquals(approved("Helped us.", List.of("DIDCOT_POWERHOUSE"), "2024-12"), read);
    }
}
