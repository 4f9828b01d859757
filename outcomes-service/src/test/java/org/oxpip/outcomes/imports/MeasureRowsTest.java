package org.oxpip.outcomes.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.oxpip.outcomes.imports.MeasureFiles.csv;
import static org.oxpip.outcomes.imports.MeasureFiles.measure;
import static org.oxpip.outcomes.imports.MeasureFiles.run;
import static org.oxpip.outcomes.imports.MeasureFiles.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oxpip.outcomes.testing.ReferralsStub;

/**
 * Every column's checks, each the API's own rule reported against the column it read, in one dry run: a row
 * per case, one cell wrong. No problem ever repeats the cell. Both date formats are read.
 */
@QuarkusTest
class MeasureRowsTest {

    /** A row that breaks one rule, the column the problem must name, and its code. */
    record Case(String column, String code, Map<String, String> row) {}

    private final String refs = MeasureFiles.refs();

    @AfterEach
    void reset() {
        ReferralsStub.resetErasures();
    }

    private int n;

    /** A fine GAD-7 of a family of its own (each case its own, so that no two rows are the same measure). */
    private Map<String, String> good(String ref) {
        return measure(ref, "GAD7", "REVIEW", "2024-03-05", "1;2;1;0;3;1;1", null);
    }

    private Map<String, String> good() {
        return good(refs + "c" + (++n));
    }

    @Test
    void shouldReportEveryColumnsRuleAgainstItsColumnWithoutTheCell() {
        String ok = refs + "ok";
        Map<String, String> families = new LinkedHashMap<>();
        families.put(ok, "WAITING");
        families.put(refs + "declined", "DECLINED");
        families.put(refs + "received", "RECEIVED");
        families.put(refs + "erased", "ERASED");
        for (int i = 1; i <= 40; i++) {
            families.put(refs + "c" + i, "WAITING");
        }
        ReferralsStub.importedFamilies(families);

        List<Case> cases = new ArrayList<>();
        cases.add(new Case("externalRef", "required", with(good(), "externalRef", "")));
        cases.add(new Case("externalRef", "unknown-external-ref", good(refs + "nobody")));
        cases.add(new Case("externalRef", "referral-not-accepted", good(refs + "declined")));
        cases.add(new Case("externalRef", "referral-not-accepted", good(refs + "received")));
        cases.add(new Case("externalRef", "referral-erased", good(refs + "erased")));
        cases.add(new Case("instrument", "invalid", with(good(), "instrument", "CSQ8")));
        cases.add(new Case("instrument", "invalid", with(with(good(), "instrument", ""), "timepoint", "END")));
        cases.add(new Case("timepoint", "invalid", with(good(), "timepoint", "MIDWAY")));
        cases.add(new Case("respondent", "invalid", with(good(), "respondent", "PARENT_3")));
        cases.add(new Case("completedOn", "invalid", with(good(), "completedOn", "")));
        cases.add(new Case("completedOn", "invalid-date", with(good(), "completedOn", "31/02/2024")));
        cases.add(new Case("completedOn", "invalid-date", with(good(), "completedOn", "2024-13-01")));
        cases.add(new Case("completedOn", "invalid-date", with(good(), "completedOn", "March 2024")));
        cases.add(new Case("completedOn", "invalid", with(good(), "completedOn", "2999-01-01")));
        // Every referral the stub knows was received on 2024-01-10.
        cases.add(new Case("completedOn", "invalid", with(good(), "completedOn", "09/01/2024")));
        cases.add(new Case("answers", "invalid", with(good(), "answers", "1;2;1;0;4;1;1")));
        cases.add(new Case("answers", "invalid", with(good(), "answers", "1;2;1")));
        cases.add(new Case("answers", "invalid", with(good(), "answers", "1;2;1;0;1.5;1;1")));
        cases.add(new Case("answers", "invalid-number", with(good(), "answers", "1;2;x;0;1;1;1")));
        cases.add(new Case("answers", "invalid", with(good(), "answers", "")));
        cases.add(new Case("total", "invalid", with(good(), "total", "9")));
        cases.add(new Case("total", "invalid", with(with(good(), "answers", ""), "total", "22")));
        cases.add(new Case("total", "invalid-number", with(with(good(), "answers", ""), "total", "7.5")));
        cases.add(new Case(
                "total", "invalid", measure(refs + "c" + (++n), "SATISFACTION", "END", "2024-03-05", null, "3")));
        cases.add(new Case("timepoint", "duplicate-measure", good(ok)));

        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(good(ok)); // row 2: fine, and the one the last case repeats
        rows.add(measure(ok, "PIRGAS", "BASELINE", "10/1/2024", null, "45")); // row 3: fine, UK date, a total
        cases.forEach(c -> rows.add(c.row()));
        JsonPath report = run(csv(rows), "?sheet=measures");

        assertEquals("DONE", report.getString("status"));
        assertEquals(2, report.getInt("created.assessments"), report.prettify());
        List<Map<String, Object>> problems = report.getList("problems");
        for (int i = 0; i < cases.size(); i++) {
            int row = i + 4;
            Case expected = cases.get(i);
            List<Map<String, Object>> ofRow =
                    problems.stream().filter(p -> p.get("row").equals(row)).toList();
            assertEquals(1, ofRow.size(), "row " + row + ": " + ofRow);
            assertEquals(expected.column(), ofRow.get(0).get("column"), "row " + row + ": " + ofRow);
            assertEquals(expected.code(), ofRow.get(0).get("code"), "row " + row + ": " + ofRow);
            String cell = expected.row().get(expected.column());
            if (cell.length() > 1) {
                assertFalse(ofRow.get(0).get("message").toString().contains(cell), "row " + row);
            }
        }
    }
}
