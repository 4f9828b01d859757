package org.oxpip.referrals.imports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oxpip.platform.testing.TestTokens;

/** Invented families as rows of the referrals sheet, and the upload and polling an admin does. */
final class ImportFiles {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Invented personal data: LogPrivacyTest looks for each of these in the service's log.
    static final String GIVEN_NAME = "Ottoline";
    static final String FAMILY_NAME = "Brackenbury";
    static final String NHS_NUMBER = "9960308243";
    static final String POSTCODE = "OX11 8QT";
    static final List<String> PERSONAL = List.of(GIVEN_NAME, FAMILY_NAME, NHS_NUMBER, POSTCODE);

    private ImportFiles() {}

    /** A prefix for this test's externalRefs: the database is shared by every test of the run. */
    static String refs() {
        return "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    /** A family referred by a health visitor in March 2023, accepted, seen and closed by July. */
    static Map<String, String> family(String externalRef) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : ReferralColumns.ALL) {
            row.put(column, "");
        }
        row.put("externalRef", externalRef);
        row.put("receivedOn", "2023-03-01");
        row.put("sourceType", "HEALTH_VISITOR");
        row.put("referrerOrganisation", "Didcot Health Visiting Team");
        row.put("parent1GivenName", GIVEN_NAME);
        row.put("parent1FamilyName", FAMILY_NAME);
        row.put("parent1DateOfBirth", "1991-06-14");
        row.put("parent1NhsNumber", NHS_NUMBER);
        row.put("parent1Postcode", POSTCODE);
        row.put("babyDateOfBirth", "2022-12-10");
        row.put("concerns", "LOW_MOOD;ANXIETY");
        row.put("consentGiven", "yes");
        row.put("consentDate", "2023-02-27");
        row.put("fundingStream", "DIDCOT_POWERHOUSE");
        row.put("acceptedOn", "2023-03-08");
        row.put("waitingOn", "2023-03-08");
        row.put("firstSessionOn", "2023-04-03");
        row.put("closedOn", "2023-07-20");
        row.put("closureReason", "COMPLETED");
        return row;
    }

    /** A family declined the week it was referred. */
    static Map<String, String> declined(String externalRef) {
        Map<String, String> row = family(externalRef);
        for (String column : List.of("acceptedOn", "waitingOn", "firstSessionOn", "closedOn", "closureReason")) {
            row.put(column, "");
        }
        row.put("declinedOn", "2023-03-06");
        return row;
    }

    /** A family accepted and on the waiting list since 8 March 2023, not seen yet. */
    static Map<String, String> waiting(String externalRef) {
        Map<String, String> row = family(externalRef);
        for (String column : List.of("firstSessionOn", "closedOn", "closureReason")) {
            row.put(column, "");
        }
        return row;
    }

    /** A family closed on 20 July 2023 without ever being seen (did not engage). */
    static Map<String, String> neverSeen(String externalRef) {
        Map<String, String> row = waiting(externalRef);
        row.put("closedOn", "2023-07-20");
        row.put("closureReason", "DID_NOT_ENGAGE");
        return row;
    }

    /** A row of the sessions sheet. */
    static Map<String, String> session(String externalRef, String date, String kind, String attendance) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("externalRef", externalRef);
        row.put("date", date);
        row.put("kind", kind);
        row.put("setting", "HOME");
        row.put("attendance", attendance);
        row.put("durationMinutes", "50");
        return row;
    }

    static byte[] sessionsCsv(List<Map<String, String>> rows) {
        return csv(SessionColumns.ALL, rows);
    }

    /** A workbook of text cells: each sheet's header row, then its rows, in the columns' order. */
    static byte[] workbook(Map<String, List<Map<String, String>>> sheets) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            for (Map.Entry<String, List<Map<String, String>>> sheet : sheets.entrySet()) {
                List<String> columns =
                        sheet.getKey().equals(SessionColumns.SHEET) ? SessionColumns.ALL : ReferralColumns.ALL;
                var created = workbook.createSheet(sheet.getKey());
                var header = created.createRow(0);
                for (int c = 0; c < columns.size(); c++) {
                    header.createCell(c).setCellValue(columns.get(c));
                }
                for (int r = 0; r < sheet.getValue().size(); r++) {
                    var row = created.createRow(r + 1);
                    for (int c = 0; c < columns.size(); c++) {
                        row.createCell(c).setCellValue(sheet.getValue().get(r).getOrDefault(columns.get(c), ""));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, String> with(Map<String, String> row, String column, String value) {
        Map<String, String> changed = new LinkedHashMap<>(row);
        changed.put(column, value);
        return changed;
    }

    static byte[] csv(List<Map<String, String>> rows) {
        return csv(ReferralColumns.ALL, rows);
    }

    private static byte[] csv(List<String> columns, List<Map<String, String>> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", columns));
        for (Map<String, String> row : rows) {
            lines.add(columns.stream().map(c -> quote(row.get(c))).collect(Collectors.joining(",")));
        }
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String value) {
        return "\"" + (value == null ? "" : value.replace("\"", "\"\"")) + "\"";
    }

    static Response upload(String token, String mediaType, byte[] file, String query) {
        return given().auth()
                .oauth2(token)
                .contentType(mediaType)
                .body(file)
                .when()
                .post("/api/v1/imports" + query);
    }

    /** Uploads as an admin, expects 202, and waits for the run to finish. */
    static JsonPath run(byte[] file, String query) {
        return run(CSV, file, query);
    }

    static JsonPath run(String mediaType, byte[] file, String query) {
        Response accepted = upload(TestTokens.staff("admin"), mediaType, file, query);
        accepted.then().statusCode(202);
        String location = accepted.header("Location");
        assertNotNull(location);
        return await(location);
    }

    static JsonPath await(String location) {
        for (int i = 0; i < 600; i++) {
            JsonPath report = given().auth()
                    .oauth2(TestTokens.staff("admin"))
                    .when()
                    .get(location)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (!"RUNNING".equals(report.getString("status"))) {
                return report;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the import did not finish within a minute");
    }
}
