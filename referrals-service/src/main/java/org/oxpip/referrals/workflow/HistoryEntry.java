package org.oxpip.referrals.workflow;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.referrals.referral.ClosureReason;
import org.oxpip.referrals.referral.ReferralStatus;

/** A step of a referral's history as staff see it: who moved it, when and why. */
@Schema(
        name = "HistoryEntry",
        requiredProperties = {"actor", "actorRole"},
        description = "A step of a referral's history as staff (clinician, manager, admin) see it.")
public record HistoryEntry(
        @Schema(description = "Absent for the first entry: the referral being received")
        ReferralStatus from,

        ReferralStatus to,
        LocalDate effectiveDate,

        @Schema(description = "What staff wrote; staff only")
        String reason,

        ClosureReason closureReason,
        @Schema(example = "clinician") String actor,
        @Schema(example = "clinician") String actorRole,
        Instant recordedAt)
        implements HistoryEntryAsSeen {

    static HistoryEntry of(StatusChange c) {
        return new HistoryEntry(
                c.from, c.to, c.effectiveDate, c.reason, c.closureReason, c.actor, c.actorRole, c.recordedAt);
    }
}
