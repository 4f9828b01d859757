package org.oxpip.referrals.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.referrals.imports.ImportFiles.csv;
import static org.oxpip.referrals.imports.ImportFiles.declined;
import static org.oxpip.referrals.imports.ImportFiles.family;
import static org.oxpip.referrals.imports.ImportFiles.run;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every column's checks, each the API's own rule reported against the column it read, in one dry run: a
 * row per case, one cell wrong (or a few, where a rule needs them). No problem ever repeats the cell.
 */
@QuarkusTest
class ImportRowsTest {

    /** A row that breaks one rule, the column the problem must name, and its code. */
    record Case(String column, String code, Map<String, String> row) {}

    private final String refs = ImportFiles.refs();
    private int n;

    private Case bad(String column, String code, String... cells) {
        Map<String, String> row = family(refs + (++n));
        for (int i = 0; i < cells.length; i += 2) {
            row.put(cells[i], cells[i + 1]);
        }
        return new Case(column, code, row);
    }

    private Case badDeclined(String column, String code, String... cells) {
        Case c = bad(column, code, cells);
        Map<String, String> row = declined(c.row().get("externalRef"));
        for (int i = 0; i < cells.length; i += 2) {
            row.put(cells[i], cells[i + 1]);
        }
        return new Case(column, code, row);
    }

    @Test
    void everyColumnShouldBeCheckedWithTheApisRules() {
        List<Case> cases = List.of(
                bad("externalRef", "required", "externalRef", ""),
                bad("receivedOn", "invalid-date", "receivedOn", "2023-13-01"),
                bad("receivedOn", "invalid", "receivedOn", "2099-01-01"),
                bad("receivedOn", "invalid", "receivedOn", "1999-12-31"),
                bad("sourceType", "invalid-code", "sourceType", "NURSERYNURSE"),
                bad("sourceType", "invalid", "sourceType", ""),
                bad("referrerOrganisation", "invalid", "sourceType", "SELF"),
                bad("parent1GivenName", "invalid", "parent1GivenName", "Jan3tta"),
                bad("parent1GivenName", "invalid", "parent1GivenName", ""),
                bad("parent1FamilyName", "invalid", "parent1FamilyName", ""),
                bad("parent1DateOfBirth", "invalid", "parent1DateOfBirth", "2015-05-05"),
                bad("parent1DateOfBirth", "invalid", "parent1DateOfBirth", ""),
                bad("parent1DateOfBirth", "invalid-date", "parent1DateOfBirth", "14.06.1991"),
                bad("parent1NhsNumber", "invalid", "parent1NhsNumber", "1234567890"),
                bad("parent1Postcode", "invalid", "parent1Postcode", "QQQQQ"),
                bad("parent1Postcode", "invalid", "parent1Postcode", ""),
                bad("parent2FamilyName", "invalid", "parent2GivenName", "Fergus"),
                bad("parent2DateOfBirth", "invalid", "parent2GivenName", "Fergus"),
                bad(
                        "parent2GivenName",
                        "invalid",
                        "parent2GivenName",
                        "Ferg#us",
                        "parent2FamilyName",
                        "Abernethy",
                        "parent2DateOfBirth",
                        "1989-01-01"),
                bad(
                        "parent2DateOfBirth",
                        "invalid-date",
                        "parent2GivenName",
                        "Fergus",
                        "parent2FamilyName",
                        "Abernethy",
                        "parent2DateOfBirth",
                        "31/02/1990"),
                bad(
                        "parent2DateOfBirth",
                        "invalid",
                        "parent2GivenName",
                        "Fergus",
                        "parent2FamilyName",
                        "Abernethy",
                        "parent2DateOfBirth",
                        "1940-01-01"),
                bad("babyDateOfBirth", "invalid", "babyDateOfBirth", ""),
                bad("babyDateOfBirth", "invalid", "babyDueDate", "2023-06-01"),
                bad("babyDateOfBirth", "invalid", "babyDateOfBirth", "2023-03-02"),
                bad("babyDateOfBirth", "invalid", "babyDateOfBirth", "2015-01-01"),
                bad("babyDueDate", "invalid", "babyDateOfBirth", "", "babyDueDate", "2024-06-01"),
                bad("babyDueDate", "invalid", "babyDateOfBirth", "", "babyDueDate", "2022-12-01"),
                bad("babyDueDate", "invalid-date", "babyDateOfBirth", "", "babyDueDate", "2023-06-31"),
                bad("concerns", "invalid-code", "concerns", "LOW_MOOD;HAPPINESS"),
                bad("concerns", "invalid", "concerns", ""),
                bad("consentGiven", "invalid-yes-no", "consentGiven", "perhaps"),
                bad("consentGiven", "invalid", "consentGiven", "no"),
                bad("consentGiven", "invalid", "consentGiven", ""),
                bad("consentDate", "invalid", "consentDate", ""),
                bad("consentDate", "invalid", "consentDate", "2099-01-01"),
                bad("fundingStream", "invalid", "fundingStream", "didcot powerhouse"),
                bad("acceptedOn", "invalid", "acceptedOn", "2023-02-01"),
                bad("acceptedOn", "invalid-date", "acceptedOn", "8th March"),
                bad("declinedOn", "invalid-step", "declinedOn", "2023-03-09"),
                badDeclined("redirectedOn", "invalid-step", "redirectedOn", "2023-03-07"),
                bad("waitingOn", "invalid-step", "acceptedOn", ""),
                bad("waitingOn", "invalid", "waitingOn", "2023-03-07"),
                bad("firstSessionOn", "invalid", "firstSessionOn", "2099-01-01"),
                bad("firstSessionOn", "invalid-step", "waitingOn", ""),
                bad("closedOn", "invalid", "closedOn", "2023-04-02"),
                bad("closureReason", "invalid", "closureReason", ""),
                bad("closureReason", "invalid", "closedOn", ""),
                bad("closureReason", "invalid-code", "closureReason", "FINISHED"));
        List<Map<String, String>> rows = new ArrayList<>();
        cases.forEach(c -> rows.add(c.row()));
        // Two good rows: every date as YYYY-MM-DD, and every date as DD/MM/YYYY (and D/M/YYYY).
        rows.add(family(refs + "good-iso"));
        rows.add(ukDates(family(refs + "good-uk")));
        // The same externalRef twice: the second is refused.
        rows.add(family(refs + "good-iso"));

        JsonPath report = run(csv(rows), "?sheet=referrals");
        assertEquals("DONE", report.getString("status"));
        List<Map<String, Object>> problems = report.getList("problems");
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            int row = i + 2;
            assertTrue(
                    problems.stream()
                            .anyMatch(p -> p.get("row").equals(row)
                                    && c.column().equals(p.get("column"))
                                    && c.code().equals(p.get("code"))
                                    && "referrals".equals(p.get("sheet"))),
                    "row " + row + ": " + c.column() + " " + c.code() + " in " + atRow(problems, row));
        }
        int duplicate = rows.size() + 1;
        assertEquals(
                List.of(Map.of(
                        "sheet", "referrals",
                        "row", duplicate,
                        "column", "externalRef",
                        "code", "duplicate-external-ref",
                        "message", "repeats the externalRef of an earlier row: each family once")),
                atRow(problems, duplicate));
        assertEquals(List.of(), atRow(problems, duplicate - 1), "DD/MM/YYYY dates are read");
        assertEquals(List.of(), atRow(problems, duplicate - 2), "YYYY-MM-DD dates are read");
        assertEquals(2, report.getInt("created.referrals"), "the two good rows would be created");

        for (Map<String, Object> problem : problems) {
            String message = String.valueOf(problem.get("message"));
            for (Case c : cases) {
                c.row().forEach((column, value) -> {
                    if (value.length() >= 5 && !value.equals("COMPLETED") && !column.equals("sourceType")) {
                        assertFalse(message.contains(value), "a problem repeats a cell's value: " + problem);
                    }
                });
            }
        }
    }

    private static Map<String, String> ukDates(Map<String, String> row) {
        Map<String, String> uk = new LinkedHashMap<>(row);
        uk.replaceAll((column, value) -> value.matches("\\d{4}-\\d{2}-\\d{2}")
                ? Integer.parseInt(value.substring(8)) + "/" + value.substring(5, 7) + "/" + value.substring(0, 4)
                : value);
        return uk;
    }

    private static List<Map<String, Object>> atRow(List<Map<String, Object>> problems, int row) {
        return problems.stream().filter(p -> p.get("row").equals(row)).toList();
    }
}
