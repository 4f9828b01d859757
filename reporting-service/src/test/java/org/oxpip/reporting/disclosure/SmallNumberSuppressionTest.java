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

    @ParameterizedTest(name = "total {0}, parts {1} are shown as {2}: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "26 | 12,5,4,3,0,0,2 | 12,5,-,-,0,0,- | 3 hidden adding up to 9: 1+4+4 or 4+1+4 or 3+3+3 ..., no more hidden",
                "26 | 6,18,2 | -,18,- | one hidden: OX4 = 26 - 18 - OX10, so the smallest other, OX10, goes too",
                "13 | 12,0,0,1 | -,0,0,- | pending = received - accepted - declined - redirected: accepted goes too",
                "24 | 19,0,4,0,1 | 19,0,-,0,- | 2 hidden adding up to 5: 1+4, 2+3, 3+2 or 4+1",
                "24 | 20,0,0,0,4 | -,0,0,0,- | one hidden: the smallest other non-zero part, never a zero",
                "22 | 1,1,20 | -,-,- | 2 hidden adding up to 2 could only be 1 and 1",
                "28 | 4,4,20 | -,-,- | 2 hidden adding up to 8 could only be 4 and 4",
                "29 | 2,3,24 | -,-,24 | 2 hidden adding up to 5: enough",
                "30 | 2,5,6,17 | -,-,6,17 | one hidden: the smallest other goes too",
                "17 | 2,5,5,5 | -,-,-,- | one hidden and a tie for the smallest other: all of them, so no order tells",
                "40 | 20,15,5 | 20,15,5 | nothing small: all shown",
                "0 | 0,0 | 0,0 | all zero",
                "3 | 0,3 | -,- | the total is small itself: the whole table is hidden, zeros too",
                "8 | 4,4,0 | -,-,- | every non-zero part is small: hidden as one table, zeros too",
                "5 | 3,2,0,0 | -,-,-,- | every non-zero part is small: hidden as one table, zeros too"
            })
    void shouldHideMoreWhereAHiddenPartCouldBeWorkedOut(long total, String parts, String shown, String why) {
        assertEquals(counts(shown), policy.parts(total, longs(parts)), why);
    }

    @ParameterizedTest(name = "total {0}, areas {1} are listed as [{2}]: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "26 | 6,18,2 | -,18,- | as any breakdown",
                "13 | 4,9 | -,- | one hidden, the other goes too; listed: 1+12, 2+11, 3+10 or 4+9",
                "5 | 1,1,1,1,1 | | five areas listed with five referrals would be one each: none listed",
                "4 | 1,1,1,1 | | four areas listed with a hidden total (at most 4) would be one each: none listed",
                "9 | 4,5 | -,- | one hidden: the other goes too",
                "0 | | | no area"
            })
    void shouldListNoAreaWhereTheListItselfWouldTell(long total, String parts, String shown, String why) {
        List<Long> exact = parts == null ? List.of() : longs(parts);
        assertEquals(shown == null ? List.of() : counts(shown), policy.listedParts(total, exact), why);
    }

    @ParameterizedTest(name = "intervals {0} are shown as {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "17/20 20/24 | 17/20 20/24 | nothing hidden",
                "5/5 11/14 | - - | 2023 = the period - 2024, so 2024 goes too",
                "2/3 8/12 10/15 7/11 | - 8/12 10/15 - | Q1 hidden: the smallest shown denominator, Q4 (11), goes too",
                "2/3 8/12 9/12 | - - - | a tie for the smallest: both",
                "1/3 2/4 | - - | all hidden on their own",
                "0/0 10/12 12/15 | - 10/12 12/15 | nobody in Q1: working it out gives 0, which identifies nobody",
                "0/0 1/3 10/12 12/15 | - - - 12/15 | Q2 has someone in it: the smallest shown goes too",
                "3/12 10/12 | - - | numerator small",
                "0/10 0/12 | 0/10 0/12 | zeros shown"
            })
    void shouldHideAnotherIntervalWhereAHiddenOneCouldBeWorkedOut(String exact, String shown, String why) {
        List<ExactRate> intervals = Arrays.stream(exact.split(" "))
                .map(rate -> rate.split("/"))
                .map(rate -> new ExactRate(Long.parseLong(rate[0]), Long.parseLong(rate[1])))
                .toList();
        List<Rate> expected = Arrays.stream(shown.split(" "))
                .map(rate -> rate.equals("-")
                        ? Rate.hidden()
                        : Rate.of(Long.parseLong(rate.split("/")[0]), Long.parseLong(rate.split("/")[1])))
                .toList();
        assertEquals(expected, policy.intervals(intervals), why);
    }

    @Test
    void shouldGiveNoIntervalsForATrendOfNone() {
        assertEquals(List.of(), policy.intervals(List.of()));
    }

    @Test
    void shouldNotPublishAReportForOneArea() {
        assertEquals(false, policy.publishesAreaReports(), "the whole minus the area would give the rest");
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

    static List<Count> counts(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .map(cell -> cell.equals("-") ? Count.hidden() : Count.of(Long.parseLong(cell)))
                .toList();
    }

    static List<Long> longs(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .map(Long::parseLong)
                .toList();
    }
}
