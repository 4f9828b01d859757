package org.oxpip.outcomes.imports;

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

/** Rows of the measures sheet, and the upload and polling an admin does. */
final class MeasureFiles {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private MeasureFiles() {}

    /** A prefix for this test's externalRefs: the database is shared by every test of the run. */
    static String refs() {
        return "M" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    static Map<String, String> measure(
            String externalRef, String instrument, String timepoint, String completedOn, String answers, String total) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("externalRef", externalRef);
        row.put("instrument", instrument);
        row.put("timepoint", timepoint);
        row.put("respondent", "PARENT_1");
        row.put("completedOn", completedOn);
        row.put("answers", answers == null ? "" : answers);
        row.put("total", total == null ? "" : total);
        return row;
    }

    /** PHQ-9 with item answers: total 16 at baseline. */
    static Map<String, String> phq9Baseline(String externalRef) {
        return measure(externalRef, "PHQ9", "BASELINE", "2024-02-01", "2;2;2;2;2;2;2;2;0", null);
    }

    /** PHQ-9 totals-only at the end: total 7 (mild), from records that kept only the total. */
    static Map<String, String> phq9EndTotal(String externalRef) {
        return measure(externalRef, "PHQ9", "END", "20/06/2024", null, "7");
    }

    static Map<String, String> with(Map<String, String> row, String column, String value) {
        Map<String, String> changed = new LinkedHashMap<>(row);
        changed.put(column, value);
        return changed;
    }

    static byte[] csv(List<Map<String, String>> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", MeasureColumns.ALL));
        for (Map<String, String> row : rows) {
            lines.add(MeasureColumns.ALL.stream()
                    .map(c -> "\"" + row.getOrDefault(c, "").replace("\"", "\"\"") + "\"")
                    .collect(Collectors.joining(",")));
        }
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
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
