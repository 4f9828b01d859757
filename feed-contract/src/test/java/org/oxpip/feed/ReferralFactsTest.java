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
import java.util.List;
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

    /** Issue 17: items written before sessions and parents existed are read with both lists empty, never null. */
    @Test
    void anItemWithoutSessionsOrParentsShouldReadAsEmptyLists() throws Exception {
        String before17 = MAPPER.writeValueAsString(stored())
                .replace(",\"sessions\":[]", "")
                .replace(",\"parents\":[]", "");
        assertFalse(before17.contains("sessions") || before17.contains("parents"), before17);

        ReferralFacts read = MAPPER.readValue(before17, ReferralFacts.class);

        assertEquals(List.of(), read.sessions());
        assertEquals(List.of(), read.parents());
        assertEquals(
                List.of(),
                MAPPER.readValue(before17.replace("}", ",\"sessions\":null,\"parents\":null}"), ReferralFacts.class)
                        .sessions());
    }

    @Test
    void sessionsAndParentsShouldTravelAndBeChecked() throws Exception {
        SessionFacts session = new SessionFacts(
                UUID.randomUUID(),
                LocalDate.parse("2024-03-10"),
                "PARENT_INFANT",
                "HOME",
                "ATTENDED",
                60,
                List.of("PARENT_1", "BABY"));
        ParentFacts parent =
                new ParentFacts(1, "AGE_30_34", "PREFER_NOT_TO_SAY", "BIRTH_MOTHER", "YES", "NO", "NOT_ASKED");
        ReferralFacts s = stored();
        ReferralFacts facts = new ReferralFacts(
                "7",
                s.referralId(),
                s.receivedOn(),
                s.sourceType(),
                s.agencyId(),
                s.area(),
                s.eligible(),
                s.pregnant(),
                s.babyAgeMonths(),
                s.fundingStream(),
                s.status(),
                s.acceptedOn(),
                s.declinedOn(),
                s.redirectedOn(),
                s.waitingOn(),
                s.firstSessionOn(),
                s.closedOn(),
                s.closureReason(),
                s.erased(),
                s.changedAt(),
                List.of(session),
                List.of(parent));

        ReferralFacts read = MAPPER.readValue(MAPPER.writeValueAsString(facts), ReferralFacts.class);

        assertEquals(facts, read);
        assertEquals(facts.sessions(), read.at("8").sessions());
        assertTrue(read.breach().isEmpty());
        ReferralFacts freeText = new ReferralFacts(
                "7",
                s.referralId(),
                s.receivedOn(),
                s.sourceType(),
                s.agencyId(),
                s.area(),
                s.eligible(),
                s.pregnant(),
                s.babyAgeMonths(),
                s.fundingStream(),
                s.status(),
                s.acceptedOn(),
                s.declinedOn(),
                s.redirectedOn(),
                s.waitingOn(),
                s.firstSessionOn(),
                s.closedOn(),
                s.closureReason(),
                s.erased(),
                s.changedAt(),
                List.of(session),
                List.of(new ParentFacts(2, null, "Jane Doe's own words", "FATHER", "NO", "NO", "NO")));
        String breach = freeText.breach().orElseThrow();
        assertEquals("parents.ethnicGroup is not a plain code", breach);
        assertFalse(breach.contains("Jane"));
    }
}
