package org.oxpip.platform.imports;

import java.util.List;

/**
 * One sheet of the import template: its name, its columns (exactly as docs/import/README.md names them)
 * and the column that identifies a row across imports.
 */
public record ImportTemplate(String sheet, List<String> columns, String key) {

    public ImportTemplate {
        columns = List.copyOf(columns);
        if (!columns.contains(key)) {
            throw new IllegalArgumentException("The key column must be one of the template's columns");
        }
    }
}
