package org.oxpip.platform.imports;

import java.util.List;
import java.util.Map;

/** What an import found and did: counts, rows already imported, conflicts, problems. */
public record ImportResult(
        Map<String, Integer> created,
        int alreadyImported,
        List<ImportConflict> conflicts,
        List<ImportProblem> problems) {

    public static final ImportResult NOTHING_YET = new ImportResult(Map.of(), 0, List.of(), List.of());
}
