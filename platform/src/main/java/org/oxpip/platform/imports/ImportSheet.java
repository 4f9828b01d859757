package org.oxpip.platform.imports;

import java.util.List;
import java.util.Map;

/**
 * One sheet of an uploaded file as read, before any rule: its column names and its rows. Held in memory
 * only while an import runs (the cells are personal data).
 *
 * @param rows each with its number as the spreadsheet shows it (the header is row 1)
 */
public record ImportSheet(String name, List<String> columns, List<Row> rows) {

    /** A row's cells by column name; an empty cell is an empty string. */
    public record Row(int number, Map<String, String> cells) {

        public String cell(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.trim();
        }

        public boolean isBlank() {
            return cells.values().stream().allMatch(value -> value == null || value.isBlank());
        }
    }
}
