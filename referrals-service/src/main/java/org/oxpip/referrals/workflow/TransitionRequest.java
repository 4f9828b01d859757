package org.oxpip.referrals.workflow;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.referrals.referral.ClosureReason;
import org.oxpip.referrals.referral.ReferralStatus;

/** A status change as staff record it, possibly after the fact. */
@Schema(name = "TransitionRequest")
public record TransitionRequest(
        @NotNull @Schema(example = "CLOSED") ReferralStatus to,

        @Schema(
                description =
                        "When it really happened (default today); never in the future, never before the previous change")
        LocalDate effectiveDate,

        @Size(max = 1000) @Schema(description = "Why; required for DECLINED and REDIRECTED")
        String reason,

        @Schema(description = "Required for CLOSED, not allowed otherwise")
        ClosureReason closureReason,

        @Size(max = 64)
        @Pattern(regexp = "[A-Z0-9_]+", message = "must be upper-case letters, digits and _")
        @Schema(description = "Optionally set the funding stream at the same time")
        String fundingStream,

        @Size(max = 200) @Schema(description = "Optionally set the allocated therapist at the same time")
        String allocatedTherapist) {}
