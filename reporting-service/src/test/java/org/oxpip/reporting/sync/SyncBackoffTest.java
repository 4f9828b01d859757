package org.oxpip.reporting.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncBackoffTest {

    static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    static final Duration BASE = Duration.ofSeconds(30);
    static final Duration MAX = Duration.ofMinutes(10);

    @ParameterizedTest(name = "after {0} failed runs in a row, wait {1} s")
    @CsvSource({"1, 30", "2, 60", "3, 120", "4, 240", "5, 480", "6, 600", "30, 600"})
    void shouldDoubleTheWaitUpToTheMax(int failures, long seconds) {
        SyncBackoff state = SyncBackoff.NONE;
        for (int i = 0; i < failures; i++) {
            state = state.after(false, NOW, BASE, MAX);
        }
        assertEquals(failures, state.failuresInARow());
        assertEquals(NOW.plusSeconds(seconds), state.notBefore());
        assertFalse(state.allows(NOW.plusSeconds(seconds - 1)));
        assertTrue(state.allows(NOW.plusSeconds(seconds)));
    }

    @ParameterizedTest(name = "a success after {0} failures starts afresh")
    @CsvSource({"1", "7"})
    void shouldForgetFailuresAfterASuccess(int failures) {
        SyncBackoff state = SyncBackoff.NONE;
        for (int i = 0; i < failures; i++) {
            state = state.after(false, NOW, BASE, MAX);
        }
        assertEquals(SyncBackoff.NONE, state.after(true, NOW, BASE, MAX));
        assertTrue(SyncBackoff.NONE.allows(NOW));
    }
}
