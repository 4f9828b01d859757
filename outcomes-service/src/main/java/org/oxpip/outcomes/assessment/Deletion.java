package org.oxpip.outcomes.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a measure is deleted as entered in error. */
@Schema(name = "AssessmentDeletion")
public record Deletion(
        @Schema(
                required = true,
                maxLength = AssessmentRules.MAX_REASON,
                example = "Entered in error: recorded for the wrong family")
        String reason) {}
