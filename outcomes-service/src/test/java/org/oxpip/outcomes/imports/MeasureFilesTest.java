package org.oxpip.outcomes.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.outcomes.imports.MeasureFiles.CSV;
import static org.oxpip.outcomes.imports.MeasureFiles.XLSX;
import static org.oxpip.outcomes.imports.MeasureFiles.csv;
import static org.oxpip.outcomes.imports.MeasureFiles.phq9Baseline;
import static org.oxpip.outcomes.imports.MeasureFiles.run;
import static org.oxpip.outcomes.imports.MeasureFiles.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oxpip.outcomes.testing.Api;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.platform.testing.EarlyRefusal;
import org.oxpip.platform.testing.TestTokens;

/** Who may import, and files that are not the template: refused whole, before anything runs. */
@QuarkusTest
class MeasureFilesTest {

    private static final String ADMIN = TestTokens.staff("admin");

    @AfterEach
    void reset() {
        ReferralsStub.resetErasures();
    }

    @Test
    void shouldLetOnlyAnAdminUploadOrReadAnImport() {
        byte[] file = csv(List.of(phq9Baseline("X-1")));
        given().contentType(CSV)
                .body(file)
                .when()
                .post("/api/v1/imports?sheet=measures")
                .then()
                .statusCode(401);
        for (String role : Api.ROLES) {
            if (!role.equals("admin")) {
                upload(TestTokens.staff(role), CSV, file, "?sheet=measures")
                        .then()
                        .statusCode(403);
                given().auth()
                        .oauth2(TestTokens.staff(role))
                        .when()
                        .get("/api/v1/imports/{id}", java.util.UUID.randomUUID())
                        .then()
                        .statusCode(403);
            }
        }
        given().auth()
                .oauth2(ADMIN)
                .when()
                .get("/api/v1/imports/{id}", java.util.UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void shouldReadTheMeasuresSheetOfAWorkbook() throws IOException {
        String refs = MeasureFiles.refs();
        ReferralsStub.importedFamilies(Map.of(refs + "1", "ACCEPTED"));
        byte[] workbook = workbook(false, refs + "1");

        JsonPath report = run(XLSX, workbook, "");

        assertEquals("measures", report.getString("sheet"));
        assertEquals(1, report.getInt("created.assessments"), report.prettify());
    }

    @Test
    void shouldRefuseFilesThatAreNotTheTemplate() throws IOException {
        upload(ADMIN, CSV, csv(List.of(phq9Baseline("X-1"))), "")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sheet"));
        upload(ADMIN, CSV, csv(List.of(phq9Baseline("X-1"))), "?sheet=referrals")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sheet"));
        upload(ADMIN, CSV, "externalRef,instrumnet\r\nA,PHQ9\r\n".getBytes(StandardCharsets.UTF_8), "?sheet=measures")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://oxpip.org/problems/import-columns"))
                .body("errors[0].field", equalTo("column B"));
        upload(ADMIN, XLSX, "not a workbook at all".getBytes(StandardCharsets.UTF_8), "")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://oxpip.org/problems/unreadable-import"));
        upload(ADMIN, XLSX, workbook(true, "X-1"), "")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://oxpip.org/problems/import-formula"))
                .body("detail", containsString("row 2, column F"));
        upload(ADMIN, "application/json", "{}".getBytes(StandardCharsets.UTF_8), "?sheet=measures")
                .then()
                .statusCode(415);
        upload(ADMIN, CSV, new byte[] {(byte) 0xC3, (byte) 0x28}, "?sheet=measures")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://oxpip.org/problems/unreadable-import"));
    }

    @Test
    void shouldTakeAFileOverTheServicesUsualLimitAndRefuseOneOverTheImportLimit() throws Exception {
        String refs = MeasureFiles.refs();
        ReferralsStub.importedFamilies(Map.of(refs + "1", "ACCEPTED"));
        // Over 64 KB (the limit of every other path): blank rows below the data, as spreadsheets keep them.
        StringBuilder big =
                new StringBuilder(new String(csv(List.of(phq9Baseline(refs + "1"))), StandardCharsets.UTF_8));
        while (big.length() < 200 * 1024) {
            big.append(",,,,,,\r\n");
        }
        JsonPath report = run(big.toString().getBytes(StandardCharsets.UTF_8), "?sheet=measures");
        assertEquals(1, report.getInt("created.assessments"), report.prettify());

        assertTooLarge("/api/v1/imports?sheet=measures", 20 * 1024 * 1024 + 1, "20 MB");
        // The larger limit is the upload's only: the lookup of a run (or any other path) keeps the usual one.
        assertTooLarge("/api/v1/assessments", 64 * 1024 + 1, "64 KB");
    }

    static void assertTooLarge(String path, int length, String limit) throws Exception {
        byte[] body = new byte[length];
        Arrays.fill(body, (byte) 'a');
        HttpResponse<String> answer = EarlyRefusal.send(
                HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                        .header("Authorization", "Bearer " + ADMIN)
                        .header("Content-Type", CSV)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build());
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("body-too-large"), answer.body());
        assertTrue(answer.body().contains(limit), answer.body());
    }

    /** A workbook with a measures sheet; with a formula in the answers cell if asked. */
    private static byte[] workbook(boolean formula, String externalRef) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("referrals").createRow(0).createCell(0).setCellValue("externalRef");
            Sheet sheet = workbook.createSheet("measures");
            Row header = sheet.createRow(0);
            for (int c = 0; c < MeasureColumns.ALL.size(); c++) {
                header.createCell(c).setCellValue(MeasureColumns.ALL.get(c));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(externalRef);
            row.createCell(1).setCellValue("PIRGAS");
            row.createCell(2).setCellValue("BASELINE");
            row.createCell(3).setCellValue("PARENT_1");
            row.createCell(4).setCellValue("2024-02-01");
            if (formula) {
                row.createCell(5).setCellFormula("40+15");
            } else {
                row.createCell(5).setCellValue(55);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
