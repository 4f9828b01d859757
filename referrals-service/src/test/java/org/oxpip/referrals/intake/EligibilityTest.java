package org.oxpip.referrals.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/design.md eligibility: judged on the day received; pregnant (due date at most 10 months away) or
 * baby under 24 months; postcode district in the catchment.
 */
class EligibilityTest {

    private static final EligibilityPolicy POLICY = new EligibilityPolicy() {
        public Set<String> catchment() {
            return Set.of("OX11", "OX10");
        }

        public int maxBabyAgeMonths() {
            return 24;
        }

        public int maxMonthsToDueDate() {
            return 10;
        }
    };

    @ParameterizedTest(name = "received {0}, born {1}, due {2}, {3} -> {4}")
    @CsvSource({
        "2024-06-01, 2024-01-15,           , OX11, ''",
        "2024-06-01, 2022-06-02,           , OX11, ''", // 23 months 30 days: still under 24
        "2024-06-01, 2022-06-01,           , OX11, BABY_TOO_OLD", // exactly 24 months
        "2024-06-01, 2021-01-01,           , OX11, BABY_TOO_OLD",
        "2024-06-01,           , 2025-04-01, OX10, ''", // exactly 10 months ahead
        "2024-06-01,           , 2025-04-02, OX10, DUE_DATE_TOO_FAR",
        "2024-06-01,           , 2024-05-25, OX11, ''", // overdue, not yet born: pregnant
        "2024-06-01, 2024-01-15,           , OX12, OUTSIDE_CATCHMENT",
        "2024-06-01, 2022-01-01,           ,     , OUTSIDE_CATCHMENT BABY_TOO_OLD"
    })
    void shouldJudgeOnTheDayReceived(
            LocalDate received, LocalDate born, LocalDate due, String district, String reasons) {
        List<String> expected = reasons.isBlank() ? List.of() : Arrays.asList(reasons.split(" "));
        Eligibility judged = Eligibility.judge(received, born, due, district, POLICY);
        assertEquals(expected, judged.reasons());
        assertEquals(expected.isEmpty(), judged.eligible());
    }

    @ParameterizedTest(name = "born {0}, on {1}: {2} months")
    @CsvSource({
        "2024-01-15, 2024-02-14, 0",
        "2024-01-15, 2024-02-15, 1",
        "2024-01-31, 2024-02-29, 0",
        "2022-06-01, 2024-06-01, 24"
    })
    void shouldCountWholeMonths(LocalDate born, LocalDate on, int months) {
        assertEquals(months, Eligibility.ageInMonths(born, on));
    }
}
