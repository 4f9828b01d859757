package org.oxpip.referrals.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.oxpip.referrals.referral.Referral;

/**
 * The pseudonymised facts of a referral that reporting may know (docs/feeds.md): no names, dates of
 * birth, NHS numbers, contact details, full postcodes or free text.
 */
public record ReferralFacts(
        UUID referralId,
        LocalDate receivedOn,
        String sourceType,
        String agencyId,
        String area,
        boolean eligible,
        boolean pregnant,
        Integer babyAgeMonths,
        String fundingStream,
        String status,
        LocalDate acceptedOn,
        LocalDate declinedOn,
        LocalDate redirectedOn,
        LocalDate waitingOn,
        LocalDate firstSessionOn,
        LocalDate closedOn,
        String closureReason,
        boolean erased,
        Instant changedAt) {

    static ReferralFacts of(Referral r, Instant changedAt) {
        return new ReferralFacts(
                r.id,
                r.receivedOn,
                r.sourceType.name(),
                r.agencyId,
                r.area,
                r.eligible,
                r.pregnant,
                r.babyAgeMonths,
                r.fundingStream,
                r.status.name(),
                r.acceptedOn,
                r.declinedOn,
                r.redirectedOn,
                r.waitingOn,
                r.firstSessionOn,
                r.closedOn,
                r.closureReason == null ? null : r.closureReason.name(),
                r.erasedAt != null,
                changedAt);
    }
}
