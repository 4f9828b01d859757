package org.oxpip.referrals.imports;

import java.util.List;
import java.util.Map;
import org.oxpip.platform.imports.ImportTemplate;

/**
 * The sessions sheet's columns, named exactly as issue 18 and docs/import/README.md give them, and which column
 * each field of the sessions API's {@code SessionRequest} comes from.
 */
final class SessionColumns {

    static final String SHEET = "sessions";
    static final String EXTERNAL_REF = "externalRef";
    static final String DATE = "date";
    static final String KIND = "kind";
    static final String SETTING = "setting";
    static final String ATTENDANCE = "attendance";
    static final String DURATION = "durationMinutes";

    static final List<String> ALL = List.of(EXTERNAL_REF, DATE, KIND, SETTING, ATTENDANCE, DURATION);

    static final ImportTemplate TEMPLATE = new ImportTemplate(SHEET, ALL, EXTERNAL_REF);

    /** The API's field paths (as its validation reports them) and the column each is read from. */
    private static final Map<String, String> FIELDS = Map.of(
            "date", DATE,
            "durationMinutes", DURATION,
            "kind", KIND,
            "setting", SETTING,
            "attendance", ATTENDANCE);

    private SessionColumns() {}

    /** The column a field error belongs to, or null. */
    static String ofField(String field) {
        return FIELDS.get(field);
    }
}
