package org.oxpip.referrals.workflow;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.platform.security.Caller;

/**
 * A history step as the caller may see it: staff see who moved the referral and why
 * ({@link HistoryEntry}); a partner agency only the move, its date and the closure reason code
 * ({@link PartnerHistoryEntry}).
 */
@Schema(
        name = "HistoryEntryAsSeen",
        oneOf = {HistoryEntry.class, PartnerHistoryEntry.class},
        description = "Staff (clinician, manager, admin) receive HistoryEntry items; a partner agency (role referrer) "
                + "receives PartnerHistoryEntry items.")
public sealed interface HistoryEntryAsSeen permits HistoryEntry, PartnerHistoryEntry {

    /** Anyone who is not staff gets the partner view: the narrower one is the safe default. */
    static HistoryEntryAsSeen of(StatusChange change, Caller caller) {
        return caller.isStaff() ? HistoryEntry.of(change) : PartnerHistoryEntry.of(change);
    }
}
