package org.oxpip.reporting.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Managers see every figure as it is. */
class ExactFiguresTest {

    private final ExactFigures policy = new ExactFigures();

    @Test
    void shouldShowSmallNumbersAsTheyAre() {
        assertEquals(Count.of(2), policy.count(2));
        assertEquals(new Rate(1L, 3L, new BigDecimal("33.3"), false), policy.rate(1, 3));
        assertEquals(List.of(Count.of(2), Count.of(24)), policy.parts(26, List.of(2L, 24L)));
    }

    @Test
    void shouldGiveNoPercentOfNothing() {
        assertNull(policy.rate(0, 0).percent());
    }

    @Test
    void shouldShowAStatisticOverAnyNumberOfValues() {
        assertTrue(policy.showsStatistic(1), "a manager sees the median of a single wait");
    }

    @Test
    void shouldBeNamedNoneInTheReport() {
        assertEquals("none", policy.name());
    }

    @Test
    void shouldShowEveryIntervalAndEveryAreaAsTheyAre() {
        assertEquals(
                List.of(Rate.of(5, 5), Rate.of(1, 3)),
                policy.intervals(List.of(new ExactRate(5, 5), new ExactRate(1, 3))));
        assertEquals(List.of(Count.of(1), Count.of(1)), policy.listedParts(2, List.of(1L, 1L)));
        assertTrue(policy.publishesAreaReports(), "a manager may filter by area");
    }
}
