package org.oxpip.referrals.erasure;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An erased referral that the calling service has still to erase on its side. */
@Schema(name = "PendingErasure")
public record PendingErasure(
        UUID referralId,

        @Schema(description = "When the referral was erased in referrals-service")
        Instant erasedAt) {}
