package org.oxpip.referrals.referral;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What another service may learn about a referral: enough to decide whether measures may be recorded. */
@Schema(name = "ReferralStatusView")
public record ReferralStatusView(UUID id, ReferralStatus status, LocalDate receivedOn) {

    static ReferralStatusView of(Referral r) {
        return new ReferralStatusView(r.id, r.status, r.receivedOn);
    }
}
