package org.oxpip.outcomes.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a manager withdraws a quote. */
@Schema(name = "QuoteWithdrawal", description = "Why the quote is withdrawn")
public record QuoteWithdrawal(
        @Schema(
                required = true,
                maxLength = QuoteRules.MAX_REASON,
                description = "Why it is withdrawn; kept inside outcomes-service",
                example = "The parent asked us not to use it after all")
        String reason) {}
