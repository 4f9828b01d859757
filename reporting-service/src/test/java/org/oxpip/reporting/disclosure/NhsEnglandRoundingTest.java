package org.oxpip.reporting.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stricter policy after NHS England practice: 1-7 suppressed, the rest rounded to 5, rates from the rounded counts. */
class NhsEnglandRoundingTest {

    private final NhsEnglandRounding policy = new NhsEnglandRounding();

    @ParameterizedTest(name = "count {0} is shown as {1}")
    @CsvSource(
            nullValues = "hidden",
            value = {
                "0, 0",
                "1, hidden",
                "7, hidden",
                "8, 10",
                "12, 10",
                "13, 15",
                "22, 20",
                "23, 25",
                "26, 25",
                "28, 30"
            })
    void shouldSuppressOneToSevenAndRoundTheRestToFive(long exact, Long shown) {
        assertEquals(shown == null ? Count.hidden() : Count.of(shown), policy.count(exact));
    }

    @ParameterizedTest(name = "{0} of {1} is shown as {2} of {3} = {4}")
    @CsvSource(
            nullValues = "hidden",
            value = {
                "17, 20, 15, 20, 75.0", // 17 rounds to 15
                "20, 24, 20, 25, 80.0", // 24 rounds to 25
                "14, 20, 15, 20, 75.0",
                "23, 26, 25, 25, 100.0", // rounding can make a rate look whole: the policy accepts it
                "8, 10, 10, 10, 100.0",
                "0, 9, 0, 10, 0.0",
                "0, 0, 0, 0, hidden", // nothing to measure: percent absent, not suppressed
                "6, 7, hidden, hidden, hidden",
                "3, 26, hidden, hidden, hidden",
                "20, 7, hidden, hidden, hidden"
            })
    void shouldWorkRatesOutFromTheRoundedCounts(
            long numerator, long denominator, Long shownNumerator, Long shownDenominator, BigDecimal percent) {
        Rate expected =
                shownNumerator == null ? Rate.hidden() : new Rate(shownNumerator, shownDenominator, percent, false);
        assertEquals(expected, policy.rate(numerator, denominator));
    }

    @ParameterizedTest(name = "a median over {0} waits is shown: {1}")
    @CsvSource({"9, false", "10, true", "22, true"})
    void shouldShowStatisticsOverTenOrMoreValues(long values, boolean shown) {
        assertEquals(shown, policy.showsStatistic(values));
    }

    @Test
    void shouldBeNamedAsConfigured() {
        assertEquals("nhs-england", policy.name());
    }

    @ParameterizedTest(name = "parts {0} are shown as {1}")
    @CsvSource(
            delimiter = '|',
            value = {"12,5,4,3,0,0,2 | 10,-,-,-,0,0,-", "6,18,2 | -,20,-", "19,2,1,2,0 | 20,-,-,-,0"})
    void shouldRoundPartsWithoutSecondarySuppression(String parts, String shown) {
        List<Long> exact = SmallNumberSuppressionTest.longs(parts);
        List<Count> expected = Arrays.stream(shown.split(","))
                .map(String::trim)
                .map(cell -> cell.equals("-") ? Count.hidden() : Count.of(Long.parseLong(cell)))
                .toList();
        assertEquals(
                expected, policy.parts(exact.stream().mapToLong(Long::longValue).sum(), exact));
    }

    @Test
    void shouldRoundEachIntervalOnItsOwnAndPublishAreaReports() {
        // Rounded figures subtracted from rounded figures give a range: no interval or area needs company.
        assertEquals(
                List.of(Rate.hidden(), new Rate(10L, 15L, new BigDecimal("66.7"), false)),
                policy.intervals(List.of(new ExactRate(5, 5), new ExactRate(11, 14))));
        assertEquals(List.of(Count.hidden(), Count.of(20)), policy.listedParts(24, List.of(6L, 18L)));
        assertEquals(true, policy.publishesAreaReports());
    }
}
