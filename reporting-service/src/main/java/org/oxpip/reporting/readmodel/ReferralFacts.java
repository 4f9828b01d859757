package org.oxpip.reporting.readmodel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One item of referrals-service's change feed: the referral's pseudonymised facts after a change
 * (docs/feeds.md). Fields the contract may add later are ignored rather than refused.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralFacts(
        String position,
        UUID referralId,
        LocalDate receivedOn,
        String sourceType,
        String agencyId,
        String area,
        Boolean eligible,
        Boolean pregnant,
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
        Instant changedAt)
        implements FeedItem {

    @Override
    public Optional<String> breach() {
        return FeedItemChecks.first(
                FeedItemChecks.required("referralId", referralId),
                FeedItemChecks.required("receivedOn", receivedOn),
                FeedItemChecks.required("sourceType", sourceType),
                FeedItemChecks.required("eligible", eligible),
                FeedItemChecks.required("pregnant", pregnant),
                FeedItemChecks.required("status", status),
                FeedItemChecks.required("changedAt", changedAt),
                FeedItemChecks.district("area", area),
                FeedItemChecks.code("fundingStream", fundingStream),
                FeedItemChecks.code("agencyId", agencyId));
    }
}
