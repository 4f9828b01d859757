package org.oxpip.platform.imports;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A row whose key an earlier import created from different content: never changed silently. The record
 * the earlier import created is named by its kind and id; the row's cells are not repeated.
 */
@Schema(name = "ImportConflict")
public record ImportConflict(
        @Schema(example = "referrals") String sheet,
        @Schema(example = "12") int row,

        @Schema(
                description = "What the earlier import created: referral or session (referrals-service) or "
                        + "assessment (outcomes-service)",
                example = "referral")
        String record,

        @Schema(description = "Its id: correct it through the API if the spreadsheet is right")
        UUID recordId,

        @Schema(example = "was imported before with different content; change it through the API")
        String message) {}
