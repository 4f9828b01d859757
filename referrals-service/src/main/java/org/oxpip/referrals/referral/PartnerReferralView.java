package org.oxpip.referrals.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A referral as the partner agency that sent it sees it: what it sent, the status and its dates,
 * eligibility and the closure reason code. Every field is listed here on purpose; a field staff
 * add to the referral reaches partners only by being added to this record.
 */
@Schema(
        name = "PartnerReferral",
        additionalProperties = Schema.False.class,
        description = "A partner agency's own referral: what it sent, status and status dates, eligibility and "
                + "the closure reason code. Never staff notes, staff names, the therapist or duplicate flags.")
public record PartnerReferralView(
        UUID id,
        @Schema(example = "R-2024-000123") String reference,
        ReferralStatus status,
        SourceType sourceType,

        @Schema(example = "agency-a", description = "The partner agency that sent it: the caller's own")
        String agencyId,

        LocalDate receivedOn,

        @Schema(description = "When the current status took effect")
        LocalDate statusChangedOn,

        LocalDate acceptedOn,
        LocalDate declinedOn,
        LocalDate redirectedOn,
        LocalDate waitingOn,
        LocalDate firstSessionOn,
        LocalDate closedOn,
        ClosureReason closureReason,

        @Schema(example = "OX11", description = "Postcode district of the first parent")
        String area,

        ReferralView.Eligibility eligibility,
        String fundingStream,
        List<Concern> concerns,
        ReferralView.Referrer referrer,
        List<ReferralView.Parent> parents,
        ReferralView.Baby baby,
        String details,
        ReferralView.Consent consent,

        @Schema(description = "Set when the family's personal data was erased on request")
        Instant erasedAt,

        Instant createdAt,
        Instant updatedAt,
        int version)
        implements ReferralAsSeen {

    public static PartnerReferralView of(Referral r) {
        return new PartnerReferralView(
                r.id,
                r.reference,
                r.status,
                r.sourceType,
                r.agencyId,
                r.receivedOn,
                r.statusChangedOn,
                r.acceptedOn,
                r.declinedOn,
                r.redirectedOn,
                r.waitingOn,
                r.firstSessionOn,
                r.closedOn,
                r.closureReason,
                r.area,
                new ReferralView.Eligibility(r.eligible, List.of(r.eligibilityReasons)),
                r.fundingStream,
                Arrays.stream(r.concerns).map(Concern::valueOf).toList(),
                ReferralView.referrer(r),
                ReferralView.parents(r),
                new ReferralView.Baby(r.babyDateOfBirth, r.babyDueDate),
                r.details,
                new ReferralView.Consent(r.consentGiven, r.consentDate),
                r.erasedAt,
                r.createdAt,
                r.updatedAt,
                r.version);
    }
}
