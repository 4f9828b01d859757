package org.oxpip.outcomes.referral;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What referrals-service tells us about a referral: no personal data. {@code erased} is false when
 * referrals-service leaves it out (before it knew of erasures); {@code fundingStream} is null when the referral
 * has none (or referrals-service does not say).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralSnapshot(
        UUID id, String status, LocalDate receivedOn, boolean erased, Instant erasedAt, String fundingStream) {

    /** docs/design.md: measures only for referrals that were accepted (including closed episodes). */
    private static final Set<String> OPEN_TO_MEASURES = Set.of("ACCEPTED", "WAITING", "IN_THERAPY", "CLOSED");

    public boolean acceptsMeasures() {
        return OPEN_TO_MEASURES.contains(status);
    }
}
