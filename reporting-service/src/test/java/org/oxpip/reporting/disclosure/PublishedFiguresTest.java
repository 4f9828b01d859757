package org.oxpip.reporting.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public contract (docs/design.md): a suppressed count has no value; a suppressed rate has none of its
 * three numbers; percent is 100 × n / d rounded half up to one decimal place, absent when d is 0.
 */
class PublishedFiguresTest {

    @Test
    void aHiddenCountShouldCarryNoValue() {
        assertEquals(new Count(null, true), Count.hidden());
        assertEquals(new Count(26L, false), Count.of(26));
    }

    @Test
    void aHiddenRateShouldCarryNoNumbers() {
        assertEquals(new Rate(null, null, null, true), Rate.hidden());
    }

    @ParameterizedTest(name = "{0} of {1} is {2}%")
    @CsvSource(
            nullValues = "none",
            value = {
                "17, 20, 85.0",
                "1, 3, 33.3",
                "2, 3, 66.7", // 66.66... rounds up
                "1, 8, 12.5", // exactly half way in the second place: 12.5 stays, no further rounding
                "1, 16, 6.3", // 6.25 rounds half up
                "0, 12, 0.0",
                "0, 0, none"
            })
    void shouldWorkOutThePercentHalfUpToOnePlace(long numerator, long denominator, BigDecimal percent) {
        assertEquals(new Rate(numerator, denominator, percent, false), Rate.of(numerator, denominator));
    }
}
