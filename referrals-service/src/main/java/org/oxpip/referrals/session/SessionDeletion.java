package org.oxpip.referrals.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a session is deleted (recorded in error, or for the wrong family). */
@Schema(name = "SessionDeletion")
public record SessionDeletion(
        @NotBlank
        @Size(max = SessionRules.MAX_REASON)
        @Schema(example = "Recorded for the wrong family", maxLength = SessionRules.MAX_REASON)
        String reason) {}
