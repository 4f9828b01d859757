package org.oxpip.reporting.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/design.md, reporting-service: the default disclosure control for funders. */
class SmallNumberSuppressionTest {

    private final SmallNumberSuppression policy = new SmallNumberSuppression();

    @ParameterizedTest(name = "count {0} is shown as {1}")
    @CsvSource(
            nullValues = "hidden",
            value = {
                "0, 0", // a zero identifies nobody
                "1, hidden",
                "4, hidden", // 1-4 suppressed
                "5, 5",
                "26, 26"
            })
    void shouldSuppressCountsOfOneToFour(long exact, Long shown) {
        assertEquals(shown == null ? Count.hidden() : Count.of(shown), policy.count(exact));
    }

    @ParameterizedTest(name = "{0} of {1} is shown as {2}")
    @CsvSource(
            nullValues = "hidden",
            value = {
                "17, 20, 85.0",
                "20, 24, 83.3",
                "0, 12, 0.0", // no-one improved, out of enough: shown
                "12, 12, 100.0",
                "5, 9, hidden", // denominator below 10
                "9, 9, hidden",
                "3, 26, hidden", // numerator suppressed
                "1, 20, hidden",
                "0, 0, hidden", // denominator below 10
                "5, 10, 50.0"
            })
    void shouldSuppressRatesOnSmallNumbers(long numerator, long denominator, BigDecimal percent) {
        Rate rate = policy.rate(numerator, denominator);
        if (percent == null) {
            assertEquals(Rate.hidden(), rate);
        } else {
            assertEquals(new Rate(numerator, denominator, percent, false), rate);
        }
    }

    @ParameterizedTest(name = "total {0}, parts {1} are shown as {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Two or more hidden: neither can be worked out, nothing more to hide.
                "26 | 12,5,4,3,0,0,2 | 12,5,-,-,0,0,-",
                // One hidden (OX4 = 2): 26 - 18 would give it away, so the smallest other non-zero part goes too.
                "26 | 6,18,2 | -,18,-",
                // One hidden among closure reasons; the smallest non-zero other is hidden, never a zero.
                "24 | 19,0,4,0,1 | 19,0,-,0,-",
                "24 | 20,0,0,0,4 | -,0,0,0,-",
                // Nothing small: all shown.
                "40 | 20,15,5 | 20,15,5",
                // All zero.
                "0 | 0,0 | 0,0",
                // The total is small itself: its non-zero parts are small too, all hidden.
                "3 | 0,3 | 0,-",
                // Ties: the first of the smallest is hidden.
                "17 | 2,5,5,5 | -,-,5,5"
            })
    void shouldHideASecondCellWhereOneHiddenCellCouldBeWorkedOut(long total, String parts, String shown) {
        List<Count> expected = Arrays.stream(shown.split(","))
                .map(cell -> cell.equals("-") ? Count.hidden() : Count.of(Long.parseLong(cell)))
                .toList();
        assertEquals(expected, policy.parts(total, longs(parts)));
    }

    @ParameterizedTest(name = "a median over {0} waits is shown: {1}")
    @CsvSource({"9, false", "10, true", "22, true"})
    void shouldShowStatisticsOverTenOrMoreValues(long values, boolean shown) {
        assertEquals(shown, policy.showsStatistic(values));
    }

    @Test
    void shouldBeNamedAsConfigured() {
        assertEquals("default", policy.name());
    }

    static List<Long> longs(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .map(Long::parseLong)
                .toList();
    }
}
