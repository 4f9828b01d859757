package org.oxpip.platform.imports;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import as GET /api/v1/imports/{id} answers it (the same in every service that imports). */
@Schema(name = "ImportReport")
public record ImportReport(
        UUID id,

        @Schema(
                description = "The sheet imported; for a workbook uploaded without a sheet parameter, each of its "
                        + "sheets the service imports, in import order, separated by commas (\"referrals,sessions\")",
                example = "referrals")
        String sheet,

        @Schema(enumeration = {"RUNNING", "DONE", "FAILED"}) String status,
        @Schema(description = "0.0 to 1.0", example = "1.0") double progress,

        @Schema(description = "false: a dry run, which creates nothing")
        boolean commit,

        @Schema(
                description = "What the import created (a commit) or would create (a dry run), by kind of record "
                        + "(referrals-service: referrals, their status changes after RECEIVED (including therapy "
                        + "started by an imported attended session) and sessions; outcomes-service: assessments). "
                        + "All zero when a commit found any problem or conflict: a commit creates "
                        + "everything or nothing.",
                example = "{\"referrals\": 10, \"statusChanges\": 26, \"sessions\": 60}")
        Map<String, Integer> created,

        @Schema(description = "Rows imported before with the same content: nothing is created for them")
        int alreadyImported,

        List<ImportConflict> conflicts,
        List<ImportProblem> problems) {

    static ImportReport of(ImportRuns.Run run, ImportResult result) {
        return new ImportReport(
                run.id(),
                run.sheet(),
                run.status(),
                run.progress(),
                run.commit(),
                result.created(),
                result.alreadyImported(),
                result.conflicts(),
                result.problems());
    }
}
