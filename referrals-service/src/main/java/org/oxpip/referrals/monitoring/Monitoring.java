package org.oxpip.referrals.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A parent's equality monitoring answers as a partner sends them with a referral or staff correct them:
 * category codes only. A field left out is NOT_ASKED.
 */
@Schema(
        name = "Monitoring",
        description = "Equality monitoring for one parent: category codes only, each field optional (left out: "
                + "NOT_ASKED), each with PREFER_NOT_TO_SAY. They reach reporting as codes, never with a name or date "
                + "of birth, and are kept when the family's personal data is erased.")
public record Monitoring(
        @Schema(
                nullable = true,
                example = "WHITE_ENGLISH_WELSH_SCOTTISH_NI_BRITISH",
                description = "The ONS 2021 Census categories for England and Wales")
        EthnicGroup ethnicGroup,

        @Schema(nullable = true, example = "BIRTH_MOTHER") RelationshipToBaby relationshipToBaby,
        @Schema(nullable = true, example = "YES") Answer firstTimeParent,
        @Schema(nullable = true, example = "NO") Answer disability,
        @Schema(nullable = true, example = "NO") Answer needsInterpreter) {

    public static final Monitoring NOT_ASKED = new Monitoring(null, null, null, null, null);
}
