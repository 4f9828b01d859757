package org.oxpip.referrals.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oxpip.referrals.imports.ImportFiles.CSV;
import static org.oxpip.referrals.imports.ImportFiles.XLSX;
import static org.oxpip.referrals.imports.ImportFiles.csv;
import static org.oxpip.referrals.imports.ImportFiles.family;
import static org.oxpip.referrals.imports.ImportFiles.run;
import static org.oxpip.referrals.imports.ImportFiles.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.TestTokens;

/** Only admins upload; files that are not the template, or are hostile, are refused whole. */
@QuarkusTest
class ImportFilesTest {

    private static final String ADMIN = TestTokens.staff("admin");

    @Test
    void onlyAnAdminShouldUploadOrReadAnImport() {
        byte[] file = csv(List.of(family(ImportFiles.refs() + "1")));
        Response accepted = upload(ADMIN, CSV, file, "?sheet=referrals");
        accepted.then().statusCode(202).body("status", equalTo("RUNNING")).body("commit", equalTo(false));
        String location = accepted.header("Location");
        ImportFiles.await(location);
        for (String token : List.of(
                TestTokens.staff("clinician"),
                TestTokens.staff("manager"),
                TestTokens.partner(TestTokens.AGENCY_A),
                TestTokens.funder("DIDCOT_POWERHOUSE"),
                TestTokens.service("reporting-service", "feed-reader"),
                TestTokens.service("outcomes-service", "referral-reader"))) {
            upload(token, CSV, file, "?sheet=referrals&commit=true").then().statusCode(403);
            given().auth().oauth2(token).when().get(location).then().statusCode(403);
        }
        given().contentType(CSV)
                .body(file)
                .when()
                .post("/api/v1/imports?sheet=referrals")
                .then()
                .statusCode(401);
        given().when().get(location).then().statusCode(401);
        given().auth()
                .oauth2(ADMIN)
                .when()
                .get("/api/v1/imports/not-an-id")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(ADMIN)
                .when()
                .get("/api/v1/imports/6a0e8b3c-3f43-4a57-9d59-0a4a1f2b9c10")
                .then()
                .statusCode(404);
    }

    @Test
    void aCsvFileThatCannotBeReadShouldBeRefused() {
        refused(CSV, "\"externalRef,receivedOn\r\nA1,2023-01-01".getBytes(StandardCharsets.UTF_8), "unreadable-import");
        refused(CSV, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 'A', (byte) 0xC3}, "unreadable-import");
        refused(CSV, new byte[0], "unreadable-import");
    }

    @Test
    void aHeaderThatIsNotTheTemplatesShouldBeRefusedWithoutRepeatingIt() {
        upload(
                        ADMIN,
                        CSV,
                        "externalRef,parent1NhsNumbr\r\nA1,9434765919\r\n".getBytes(StandardCharsets.UTF_8),
                        "?sheet=referrals")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/import-columns"))
                .body("errors[0].field", equalTo("column B"))
                .body(not(containsString("parent1NhsNumbr")))
                .body(not(containsString("9434765919")));
        upload(ADMIN, CSV, "receivedOn\r\n2023-01-01\r\n".getBytes(StandardCharsets.UTF_8), "?sheet=referrals")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("externalRef"));
        upload(ADMIN, CSV, "externalRef,externalRef\r\nA1,A1\r\n".getBytes(StandardCharsets.UTF_8), "?sheet=referrals")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("column B"));
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderShouldBeAProblem() {
        String text = new String(csv(List.of(family(ImportFiles.refs() + "1"))), StandardCharsets.UTF_8).trim()
                + ",\"extra\"\r\n";
        JsonPath report = run(text.getBytes(StandardCharsets.UTF_8), "?sheet=referrals");
        assertEquals(List.of("wrong-cell-count"), report.getList("problems.code"));
        assertEquals(List.of(2), report.getList("problems.row"));
        assertEquals(0, report.getInt("created.referrals"));
    }

    @Test
    void wrongParametersAndMediaTypesShouldBeRefused() {
        byte[] file = csv(List.of(family(ImportFiles.refs() + "1")));
        refusedWith(upload(ADMIN, CSV, file, ""), "sheet");
        refusedWith(upload(ADMIN, CSV, file, "?sheet=measures"), "sheet");
        refusedWith(upload(ADMIN, CSV, file, "?sheet=referrals&commit=yes"), "commit");
        upload(ADMIN, "application/json", "{}".getBytes(StandardCharsets.UTF_8), "?sheet=referrals")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        // The role comes first: a caller who may not import hears 403 whatever it sends.
        upload(
                        TestTokens.staff("clinician"),
                        "application/json",
                        "{}".getBytes(StandardCharsets.UTF_8),
                        "?sheet=referrals")
                .then()
                .statusCode(403);
    }

    @Test
    void aFileOverTheUsualBodyLimitShouldBeTakenAndOneOverTheImportLimitShouldBe413() throws Exception {
        // Over 256 KB (every other path's limit): blank rows below the data, as spreadsheets keep them.
        StringBuilder big =
                new StringBuilder(new String(csv(List.of(family(ImportFiles.refs() + "1"))), StandardCharsets.UTF_8));
        while (big.length() < 400 * 1024) {
            big.append(",".repeat(ReferralColumns.ALL.size() - 1)).append("\r\n");
        }
        JsonPath report = run(big.toString().getBytes(StandardCharsets.UTF_8), "?sheet=referrals");
        assertEquals(1, report.getInt("created.referrals"), report.prettify());

        assertTooLarge("/api/v1/imports?sheet=referrals", 20 * 1024 * 1024 + 1, "20 MB");
        assertTooLarge("/api/v1/referrals", 256 * 1024 + 1, "256 KB");
    }

    private static void assertTooLarge(String path, int length, String limit) throws Exception {
        byte[] body = new byte[length];
        java.util.Arrays.fill(body, (byte) 'a');
        java.net.http.HttpResponse<String> answer =
                org.oxpip.platform.testing.EarlyRefusal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + path))
                        .header("Authorization", "Bearer " + ADMIN)
                        .header("Content-Type", CSV)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                        .build());
        assertEquals(413, answer.statusCode(), answer.body());
        org.junit.jupiter.api.Assertions.assertTrue(answer.body().contains("body-too-large"), answer.body());
        org.junit.jupiter.api.Assertions.assertTrue(answer.body().contains(limit), answer.body());
    }

    @Test
    void aWorkbookShouldBeImportedWithDateAndNumberCells() throws IOException {
        String ref = ImportFiles.refs() + "1";
        Map<String, String> family = family(ref);
        byte[] file = workbook("referrals", (sheet, style) -> {
            Row row = sheet.createRow(1);
            for (int c = 0; c < ReferralColumns.ALL.size(); c++) {
                String column = ReferralColumns.ALL.get(c);
                String value = family.get(column);
                Cell cell = row.createCell(c);
                if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    cell.setCellValue(LocalDate.parse(value)); // a real date cell, as Excel keeps them
                    cell.setCellStyle(style);
                } else if (column.equals("parent1NhsNumber")) {
                    cell.setCellValue(Double.parseDouble(value)); // Excel turns a typed NHS number into a number
                } else if (!value.isEmpty()) {
                    cell.setCellValue(value);
                }
            }
        });
        JsonPath report = run(XLSX, file, "?commit=true");
        assertEquals("DONE", report.getString("status"));
        assertEquals(List.of(), report.getList("problems"));
        assertEquals(1, report.getInt("created.referrals"));
        assertEquals(4, report.getInt("created.statusChanges"));
        // The same family from a CSV file is the same row: already imported.
        assertEquals(1, run(csv(List.of(family)), "?sheet=referrals").getInt("alreadyImported"));
    }

    @Test
    void aFormulaShouldBeRefusedWithWhereItIs() throws IOException {
        byte[] file = workbook("referrals", (sheet, style) -> {
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(ImportFiles.refs() + "1");
            row.createCell(15).setCellFormula("IF(1=1,\"yes\",\"no\")");
        });
        refused(XLSX, file, "import-formula")
                .body("detail", containsString("row 2, column P"))
                .body(not(containsString("IF(")));
    }

    @Test
    void aWorkbookWithoutTheSheetShouldBeRefused() throws IOException {
        refused(XLSX, workbook("Sheet1", (sheet, style) -> {}), "unreadable-import");
    }

    @Test
    void filesThatAreNotWorkbooksShouldBeRefused() throws IOException {
        refused(XLSX, "externalRef\r\nA1\r\n".getBytes(StandardCharsets.UTF_8), "unreadable-import");
        refused(
                XLSX,
                zip("xl/workbook.xml", "<not-a-workbook/>".getBytes(StandardCharsets.UTF_8)),
                "unreadable-import");
    }

    /** 32 MB of zeros compress to some 32 KB: POI's inflate-ratio check refuses it before it fills memory. */
    @Test
    void aZipBombShouldBeRefused() throws IOException {
        byte[] bomb = zip("[Content_Types].xml", new byte[32 * 1024 * 1024]);
        refused(XLSX, bomb, "unreadable-import");
    }

    private static io.restassured.response.ValidatableResponse refused(String mediaType, byte[] file, String type) {
        return upload(ADMIN, mediaType, file, "?sheet=referrals")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/" + type));
    }

    private static void refusedWith(Response response, String field) {
        response.then().statusCode(400).body("errors[0].field", equalTo(field));
    }

    interface Rows {
        void write(Sheet sheet, CellStyle dateStyle);
    }

    private static byte[] workbook(String sheetName, Rows rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int c = 0; c < ReferralColumns.ALL.size(); c++) {
                header.createCell(c).setCellValue(ReferralColumns.ALL.get(c));
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            rows.write(sheet, date);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
