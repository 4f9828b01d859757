package org.oxpip.platform.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.platform.problem.Problem;

class FeedCursorTest {

    @Test
    void shouldReadWhatItWrites() {
        List<Problem.FieldError> errors = new ArrayList<>();
        FeedCursor cursor = new FeedCursor(7_412, 93);
        assertEquals(cursor, FeedCursor.parse(cursor.toString(), errors));
        assertEquals("7412.93", cursor.toString());
        assertTrue(errors.isEmpty());
    }

    @Test
    void aBareNumberShouldBeACursorFromBeforeTransactionOrder() {
        List<Problem.FieldError> errors = new ArrayList<>();
        assertEquals(new FeedCursor(0, 41), FeedCursor.parse("41", errors));
        assertEquals(FeedCursor.START, FeedCursor.parse(null, errors));
        assertEquals(FeedCursor.START, FeedCursor.parse("", errors));
        assertTrue(errors.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "+4", "1.", ".1", "1.2.3", "abc", " 1", "1e3", "1234567890123456789", "0x10"})
    void anythingElseShouldBeAFieldErrorNamingAfterWithoutItsValue(String text) {
        List<Problem.FieldError> errors = new ArrayList<>();
        assertEquals(FeedCursor.START, FeedCursor.parse(text, errors));
        assertEquals(1, errors.size());
        assertEquals("after", errors.get(0).field());
        assertEquals("is not a cursor this feed gave out", errors.get(0).message());
    }

    @Test
    void aRowShouldGiveItsCursor() {
        assertEquals(new FeedCursor(812, 5), FeedCursor.of("812", 5L));
    }
}
