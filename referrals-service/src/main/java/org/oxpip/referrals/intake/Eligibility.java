package org.oxpip.referrals.intake;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Eligibility at intake, judged on the date the referral was received (docs/design.md): pregnant (due
 * date after that date and at most the configured months away) or a baby under the age limit, and a
 * postcode district in the catchment. An ineligible referral is still recorded, with its reasons.
 */
public record Eligibility(boolean eligible, List<String> reasons) {

    public static final String OUTSIDE_CATCHMENT = "OUTSIDE_CATCHMENT";
    public static final String BABY_TOO_OLD = "BABY_TOO_OLD";
    public static final String DUE_DATE_TOO_FAR = "DUE_DATE_TOO_FAR";

    public static Eligibility judge(
            LocalDate receivedOn, LocalDate babyBorn, LocalDate dueDate, String district, EligibilityPolicy policy) {
        List<String> reasons = new ArrayList<>();
        if (district == null || !policy.catchment().contains(district)) {
            reasons.add(OUTSIDE_CATCHMENT);
        }
        if (babyBorn != null && ageInMonths(babyBorn, receivedOn) >= policy.maxBabyAgeMonths()) {
            reasons.add(BABY_TOO_OLD);
        }
        if (babyBorn == null
                && dueDate != null
                && dueDate.isAfter(receivedOn.plusMonths(policy.maxMonthsToDueDate()))) {
            reasons.add(DUE_DATE_TOO_FAR);
        }
        return new Eligibility(reasons.isEmpty(), List.copyOf(reasons));
    }

    /** Whole months of age on a day (a baby born 2024-01-15 is 0 months on 2024-02-14, 1 on 2024-02-15). */
    public static int ageInMonths(LocalDate born, LocalDate on) {
        return (int) Period.between(born, on).toTotalMonths();
    }
}
