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

    static Map<String, String> with(Map<String, String> row, String column, String value) {
        Map<String, String> changed = new LinkedHashMap<>(row);
        changed.put(column, value);
        return changed;
    }

    static byte[] csv(List<Map<String, String>> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", ReferralColumns.ALL));
        for (Map<String, String> row : rows) {
            lines.add(ReferralColumns.ALL.stream().map(c -> quote(row.get(c))).collect(Collectors.joining(",")));
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
