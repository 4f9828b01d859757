package org.oxpip.platform.imports;

import java.util.List;
import java.util.Map;

/** What a file would do, as a service's import works it out before anything is written. */
public interface ImportPlan {

    /** What a commit would create, by kind of record. */
    Map<String, Integer> created();

    int alreadyImported();

    List<ImportConflict> conflicts();

    List<ImportProblem> problems();

    /** A commit goes ahead only when no row has a problem or a conflict: everything or nothing. */
    default boolean clean() {
        return problems().isEmpty() && conflicts().isEmpty();
    }
}
