package org.oxpip.reporting.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.platform.problem.ProblemException;

class WholeMonthsTest {

    @ParameterizedTest(name = "{0} to {1} is whole months: {2}")
    @CsvSource({
        "2024-01-01, 2024-12-31, true",
        "2024-02-01, 2024-02-29, true",
        "2024-04-01, 2024-06-30, true",
        "2024-01-02, 2024-12-31, false",
        "2024-01-01, 2024-12-30, false",
        "2024-03-15, 2024-03-15, false"
    })
    void shouldAllowFundersWholeCalendarMonthsOnly(LocalDate from, LocalDate to, boolean allowed) {
        ReportQuery query = new ReportQuery(from, to, null, null);
        if (allowed) {
            WholeMonths.check(query);
        } else {
            assertEquals(
                    422,
                    assertThrows(ProblemException.class, () -> WholeMonths.check(query))
                            .problem()
                            .status());
        }
    }
}
