package org.oxpip.referrals.imports;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import found and did: counts, rows already imported, conflicts, problems. */
record ImportResult(
        Map<String, Integer> created,
        int alreadyImported,
        List<ImportConflict> conflicts,
        List<ImportProblem> problems) {

    static final ImportResult NOTHING_YET = new ImportResult(Map.of(), 0, List.of(), List.of());

    /**
     * A row whose externalRef an earlier import created from different content: never changed silently.
     * The referral is named by its id; the row's cells are not repeated.
     */
    @Schema(name = "ImportConflict")
    record ImportConflict(
            @Schema(example = "referrals") String sheet,
            @Schema(example = "12") int row,

            @Schema(description = "The referral the earlier import created")
            java.util.UUID referralId,

            @Schema(example = "was imported before with different content; change it through the API")
            String message) {}
}
