package org.oxpip.feed;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One item of referrals-service's change feed: a referral's pseudonymised facts after one change
 * (docs/feeds.md). No names, dates of birth, NHS numbers, contact details, full postcodes or free text.
 * Fields a later version of the contract adds are ignored by a reader rather than refused.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "ReferralFacts", description = "A referral's pseudonymised facts after one change")
public record ReferralFacts(
        @Schema(example = "41", description = "This change's place in the feed")
        String position,

        UUID referralId,
        @Schema(example = "2024-12-10") LocalDate receivedOn,

        @Schema(
                enumeration = {
                    "HEALTH_VISITOR",
                    "MIDWIFE",
                    "GP",
                    "PERINATAL_MENTAL_HEALTH",
                    "SOCIAL_CARE",
                    "OTHER",
                    "SELF"
                })
        String sourceType,

        @Schema(nullable = true, description = "The partner agency that sent it; null when staff entered it")
        String agencyId,

        @Schema(nullable = true, example = "OX11", description = "Postcode district of the first parent")
        String area,

        @Schema(description = "Eligible at intake") Boolean eligible,
        @Schema(description = "Referred during pregnancy") Boolean pregnant,

        @Schema(nullable = true, description = "The baby's age in whole months on receivedOn; null when pregnant")
        Integer babyAgeMonths,

        @Schema(nullable = true, example = "DIDCOT_POWERHOUSE")
        String fundingStream,

        @Schema(enumeration = {"RECEIVED", "ACCEPTED", "DECLINED", "REDIRECTED", "WAITING", "IN_THERAPY", "CLOSED"})
        String status,

        @Schema(nullable = true) LocalDate acceptedOn,
        @Schema(nullable = true) LocalDate declinedOn,
        @Schema(nullable = true) LocalDate redirectedOn,
        @Schema(nullable = true) LocalDate waitingOn,
        @Schema(nullable = true) LocalDate firstSessionOn,
        @Schema(nullable = true) LocalDate closedOn,

        @Schema(
                nullable = true,
                enumeration = {"COMPLETED", "DID_NOT_ENGAGE", "MOVED_AWAY", "REFERRED_ON", "OTHER"})
        String closureReason,

        @Schema(description = "The family's personal data was erased; the facts stay, still counted")
        boolean erased,

        @Schema(example = "2024-12-10T14:03:00Z") Instant changedAt,

        @Schema(
                description = "The referral's sessions that were not deleted, oldest first, without notes (issue 17). "
                        + "Empty in items written before sessions existed.")
        List<SessionFacts> sessions,

        @Schema(
                description = "Each parent's equality monitoring codes and age band at referral (issue 17); kept "
                        + "after erasure. Empty in items written before monitoring existed.")
        List<ParentFacts> parents)
        implements FeedItem {

    /** Older items (and readers) have no sessions or parents: they are empty lists, never null. */
    @JsonCreator
    public ReferralFacts {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        parents = parents == null ? List.of() : List.copyOf(parents);
    }

    /** The facts as the contract had them before sessions and parents (issue 17): both empty. */
    public ReferralFacts(
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
            Instant changedAt) {
        this(
                position,
                referralId,
                receivedOn,
                sourceType,
                agencyId,
                area,
                eligible,
                pregnant,
                babyAgeMonths,
                fundingStream,
                status,
                acceptedOn,
                declinedOn,
                redirectedOn,
                waitingOn,
                firstSessionOn,
                closedOn,
                closureReason,
                erased,
                changedAt,
                List.of(),
                List.of());
    }

    /** The same facts at their place in the feed (a producer stores them first and learns the place at commit). */
    public ReferralFacts at(String feedPosition) {
        return new ReferralFacts(
                feedPosition,
                referralId,
                receivedOn,
                sourceType,
                agencyId,
                area,
                eligible,
                pregnant,
                babyAgeMonths,
                fundingStream,
                status,
                acceptedOn,
                declinedOn,
                redirectedOn,
                waitingOn,
                firstSessionOn,
                closedOn,
                closureReason,
                erased,
                changedAt,
                sessions,
                parents);
    }

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
                FeedItemChecks.code("agencyId", agencyId),
                sessions.stream()
                        .map(SessionFacts::breach)
                        .filter(Optional::isPresent)
                        .findFirst()
                        .orElse(Optional.empty()),
                parents.stream()
                        .map(ParentFacts::breach)
                        .filter(Optional::isPresent)
                        .findFirst()
                        .orElse(Optional.empty()));
    }
}
