package org.oxpip.referrals.monitoring;

import java.time.LocalDate;
import java.time.Period;

/**
 * A parent's age on the day the referral was received, in the bands of the NHS Maternity Services
 * statistics (mother's age at booking: under 20, then five-year bands, 40 and over). Derived once, at
 * intake, so that it outlives the date of birth it came from (erasure deletes that, keeps this).
 * V7__equality_monitoring.sql derives the same bands for parents recorded before.
 */
public enum AgeBand {
    UNDER_20,
    AGE_20_24,
    AGE_25_29,
    AGE_30_34,
    AGE_35_39,
    AGE_40_PLUS;

    public static AgeBand of(LocalDate dateOfBirth, LocalDate receivedOn) {
        int years = Period.between(dateOfBirth, receivedOn).getYears();
        if (years < 20) {
            return UNDER_20;
        }
        if (years >= 40) {
            return AGE_40_PLUS;
        }
        return values()[(years - 20) / 5 + 1];
    }
}
