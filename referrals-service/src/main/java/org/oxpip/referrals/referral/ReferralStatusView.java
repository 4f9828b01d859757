package org.oxpip.referrals.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What another service may learn about a referral: enough to decide whether measures may be
 * recorded, and whether the family's data was erased (then nothing new may be recorded for it).
 */
@Schema(name = "ReferralStatusView")
public record ReferralStatusView(
        UUID id,
        ReferralStatus status,
        LocalDate receivedOn,

        @Schema(description = "True once the family's personal data was erased: take no new data for it")
        boolean erased,

        @Schema(description = "When it was erased; null when it was not")
        Instant erasedAt,

        @Schema(
                description = "Its funding stream; null when none is set yet. outcomes-service files a"
                        + " questionnaire's feedback under it, for the manager's list of quotes",
                example = "DIDCOT_POWERHOUSE")
        String fundingStream) {

    public static ReferralStatusView of(Referral r) {
        return new ReferralStatusView(r.id, r.status, r.receivedOn, r.erasedAt != null, r.erasedAt, r.fundingStream);
    }
}
