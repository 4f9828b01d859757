package org.oxpip.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReferralFactsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Every component has its own distinct value, so a swapped field in at() shows. */
    static ReferralFacts stored() {
        return new ReferralFacts(
                null,
                UUID.fromString("3f6c1a52-8d0e-4b7a-9a51-2f1f0b6f8c11"),
                LocalDate.parse("2024-01-01"),
                "GP",
                "agency-a",
                "OX11",
                true,
                false,
                3,
                "DIDCOT_POWERHOUSE",
                "CLOSED",
                LocalDate.parse("2024-01-02"),
                LocalDate.parse("2024-01-03"),
                LocalDate.parse("2024-01-04"),
                LocalDate.parse("2024-01-05"),
                LocalDate.parse("2024-01-06"),
                LocalDate.parse("2024-01-07"),
                "COMPLETED",
                true,
                Instant.parse("2024-01-08T10:00:00Z"));
    }

    @Test
    void shouldTakeItsPlaceInTheFeedAndKeepEveryFact() throws Exception {
        ReferralFacts stored = stored();
        ReferralFacts placed = stored.at("41");

        assertEquals("41", placed.position());
        for (RecordComponent c : ReferralFacts.class.getRecordComponents()) {
            if (!c.getName().equals("position")) {
                assertEquals(c.getAccessor().invoke(stored), c.getAccessor().invoke(placed), c.getName());
            }
        }
    }

    @Test
    void shouldReadWhatAnOlderOrNewerProducerWrote() throws Exception {
        String older = MAPPER.writeValueAsString(stored()).replace("\"position\":null,", "");
        String newer = older.replace("{", "{\"addedLater\":\"x\",");

        ReferralFacts read = MAPPER.readValue(newer, ReferralFacts.class);

        assertNull(read.position());
        assertEquals(stored(), read);
    }

    @Test
    void shouldNameTheFieldNeverTheValueThatBreaksTheContract() {
        ReferralFacts fullPostcode = new ReferralFacts(
                "1",
                UUID.randomUUID(),
                LocalDate.now(),
                "GP",
                null,
                "OX11 7AB",
                true,
                false,
                null,
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
                Instant.now());

        String breach = fullPostcode.breach().orElseThrow();

        assertEquals("area is not a postcode district", breach);
        assertFalse(breach.contains("7AB"));
        assertTrue(stored().at("1").breach().isEmpty());
    }
}
