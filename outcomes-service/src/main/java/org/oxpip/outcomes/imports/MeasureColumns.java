package org.oxpip.outcomes.imports;

import java.util.List;
import org.oxpip.platform.imports.ImportTemplate;

/**
 * The measures sheet's columns, named exactly as issue 18 and docs/import/README.md give them, and which
 * column each field of the API's measure comes from (so that a rule the API applies to a field is reported
 * against the column it was read from).
 */
final class MeasureColumns {

    static final String SHEET = "measures";
    static final String EXTERNAL_REF = "externalRef";
    static final String INSTRUMENT = "instrument";
    static final String TIMEPOINT = "timepoint";
    static final String RESPONDENT = "respondent";
    static final String COMPLETED_ON = "completedOn";
    static final String ANSWERS = "answers";
    static final String TOTAL = "total";

    static final List<String> ALL =
            List.of(EXTERNAL_REF, INSTRUMENT, TIMEPOINT, RESPONDENT, COMPLETED_ON, ANSWERS, TOTAL);

    static final ImportTemplate TEMPLATE = new ImportTemplate(SHEET, ALL, EXTERNAL_REF);

    private MeasureColumns() {}

    /** The column a field error belongs to: the API's fields are the template's, answers[3] counts as answers. */
    static String ofField(String field) {
        if (field == null) {
            return null;
        }
        String path = field.startsWith(ANSWERS + "[") ? ANSWERS : field;
        if (path.equals("referralId")) {
            return EXTERNAL_REF;
        }
        return ALL.contains(path) ? path : null;
    }
}
