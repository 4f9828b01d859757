package org.oxpip.referrals.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A referral as charity staff see it: everything. Never an entity on the wire. */
@Schema(
        name = "Referral",
        requiredProperties = {"possibleDuplicate"},
        description = "A referral as staff (clinician, manager, admin) see it.")
public record ReferralView(
        UUID id,
        @Schema(example = "R-2024-000123") String reference,
        ReferralStatus status,
        SourceType sourceType,

        @Schema(example = "agency-a", description = "The partner agency that sent it; absent when staff entered it")
        String agencyId,

        LocalDate receivedOn,
        LocalDate statusChangedOn,
        LocalDate acceptedOn,
        LocalDate declinedOn,
        LocalDate redirectedOn,
        LocalDate waitingOn,

        @Schema(example = "OX11", description = "Postcode district of the first parent")
        String area,

        Eligibility eligibility,

        @Schema(
                description = "Another open referral names a parent with the same NHS number, or the same name and "
                        + "date of birth. Staff only: it would tell a partner that a person is known elsewhere.")
        boolean possibleDuplicate,

        String fundingStream,
        @Schema(description = "Staff only") String allocatedTherapist,
        LocalDate firstSessionOn,
        LocalDate closedOn,
        ClosureReason closureReason,
        List<Concern> concerns,
        Referrer referrer,
        List<Parent> parents,
        Baby baby,
        String details,
        Consent consent,

        @Schema(description = "Set when the family's personal data was erased on request")
        Instant erasedAt,

        Instant createdAt,
        Instant updatedAt,
        int version)
        implements ReferralAsSeen {

    @Schema(name = "Eligibility")
    public record Eligibility(
            boolean eligible,
            @Schema(example = "[\"OUTSIDE_CATCHMENT\"]") List<String> reasons) {}

    @Schema(name = "ReferrerView")
    public record Referrer(String name, String role, String organisation, String email, String phone) {}

    @Schema(name = "ParentView")
    public record Parent(
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String nhsNumber,
            String postcode,
            String phone,
            String email) {}

    @Schema(name = "BabyView")
    public record Baby(LocalDate dateOfBirth, LocalDate dueDate) {}

    @Schema(name = "ConsentView")
    public record Consent(Boolean given, LocalDate date) {}

    public static ReferralView of(Referral r) {
        return new ReferralView(
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
                r.area,
                new Eligibility(r.eligible, List.of(r.eligibilityReasons)),
                r.possibleDuplicate,
                r.fundingStream,
                r.allocatedTherapist,
                r.firstSessionOn,
                r.closedOn,
                r.closureReason,
                Arrays.stream(r.concerns).map(Concern::valueOf).toList(),
                referrer(r),
                parents(r),
                new Baby(r.babyDateOfBirth, r.babyDueDate),
                r.details,
                new Consent(r.consentGiven, r.consentDate),
                r.erasedAt,
                r.createdAt,
                r.updatedAt,
                r.version);
    }

    static Referrer referrer(Referral r) {
        return new Referrer(r.referrerName, r.referrerRole, r.referrerOrganisation, r.referrerEmail, r.referrerPhone);
    }

    static List<Parent> parents(Referral r) {
        return r.parents.stream()
                .map(p ->
                        new Parent(p.givenName, p.familyName, p.dateOfBirth, p.nhsNumber, p.postcode, p.phone, p.email))
                .toList();
    }
}
