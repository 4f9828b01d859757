package org.oxpip.referrals.workflow;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.referrals.referral.ClosureReason;
import org.oxpip.referrals.referral.ReferralStatus;

/**
 * A step of a referral's history as the partner agency that sent it sees it: the move, its date and
 * the closure reason code. Never what staff wrote (the reason) nor who they are.
 */
@Schema(
        name = "PartnerHistoryEntry",
        additionalProperties = Schema.False.class,
        description = "A step of a partner agency's own referral: the move, when, and the closure reason code.")
public record PartnerHistoryEntry(
        @Schema(description = "Absent for the first entry: the referral being received")
        ReferralStatus from,

        ReferralStatus to,
        LocalDate effectiveDate,
        ClosureReason closureReason,
        Instant recordedAt)
        implements HistoryEntryAsSeen {

    static PartnerHistoryEntry of(StatusChange c) {
        return new PartnerHistoryEntry(c.from, c.to, c.effectiveDate, c.closureReason, c.recordedAt);
    }
}
