package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.stack.DemoRealm;

/**
 * Issue 18's proof: the example workbook in docs/import (history-example.xlsx) goes through the real stack as an
 * administrator would bring the charity's history in: uploaded whole to referrals-service first (its referrals
 * and sessions sheets, in one run), then to outcomes-service (its measures sheet, each family found by
 * externalRef through referrals-service with its own service account); reporting syncs, and the manager's
 * summary report for each of 2022, 2023 and 2024 shows the figures worked out by hand in docs/import/README.md,
 * the delivered sessions among them. Every family is put on the funding stream HISTORY_EXAMPLE (the example
 * leaves it empty or DIDCOT_POWERHOUSE), so that other tests' families in the same stack never mix in. Committed
 * twice: the second time creates nothing, so the figures stay the same (and a re-run on a kept stack passes too).
 */
@ExtendWith(RunningStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryImportSystemTest {

    static final String STREAM = "HISTORY_EXAMPLE";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @BeforeAll
    void importTheExampleTwiceAndSync() throws IOException {
        byte[] workbook = onStream(example("history-example.xlsx"));

        JsonPath dryRun = run(RunningStack.stack().referralsUrl(), false, workbook);
        assertEquals("referrals,sessions", dryRun.getString("sheet"));
        assertEquals(List.of(), dryRun.getList("problems"), dryRun.prettify());
        JsonPath first = run(RunningStack.stack().referralsUrl(), true, workbook);
        assertEquals(List.of(), first.getList("problems"), first.prettify());
        assertEquals(List.of(), first.getList("conflicts"), first.prettify());
        assertEquals(
                10 + 42,
                first.getInt("created.referrals") + first.getInt("created.sessions") + first.getInt("alreadyImported"));

        JsonPath measured = run(RunningStack.stack().outcomesUrl(), true, workbook);
        assertEquals("measures", measured.getString("sheet"));
        assertEquals(List.of(), measured.getList("problems"), measured.prettify());
        assertEquals(List.of(), measured.getList("conflicts"), measured.prettify());
        assertEquals(30, measured.getInt("created.assessments") + measured.getInt("alreadyImported"));

        JsonPath again = run(RunningStack.stack().referralsUrl(), true, workbook);
        assertEquals(0, again.getInt("created.referrals"));
        assertEquals(0, again.getInt("created.sessions"));
        assertEquals(10 + 42, again.getInt("alreadyImported"));
        JsonPath measuredAgain = run(RunningStack.stack().outcomesUrl(), true, workbook);
        assertEquals(0, measuredAgain.getInt("created.assessments"));
        assertEquals(30, measuredAgain.getInt("alreadyImported"));

        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post(RunningStack.stack().reportingUrl() + "/api/v1/sync")
                .then()
                .statusCode(200);
    }

    /** 2022: three families; two accepted, one declined; one seen; two closed, one with paired scores. */
    @Test
    void year2022ShouldShowTheFiguresWorkedOutByHand() {
        JsonPath report = report("2022");
        assertAll(
                () -> assertEquals(3, count(report, "referrals.received")),
                () -> assertEquals(
                        Map.of("ACCEPTED", 2L, "DECLINED", 1L, "REDIRECTED", 0L, "PENDING", 0L),
                        breakdown(report, "referrals.triage")),
                () -> assertEquals("3/3 100.0", rate(report, "referrals.eligible")),
                () -> assertEquals(1, count(report, "waiting.firstSessions")),
                () -> assertEquals(2, count(report, "activity.episodesClosed")),
                // Delivered (sessions-example.csv): OX22-001 6 attended, 1 missed, 1 cancelled by the service;
                // OX22-002 2 missed, 1 cancelled by the family, never seen.
                () -> assertEquals(10, count(report, "delivered.sessionsOffered")),
                () -> assertEquals(6, count(report, "delivered.sessionsAttended")),
                () -> assertEquals("3/9 33.3", rate(report, "delivered.didNotAttend")),
                () -> assertEquals(1, count(report, "delivered.familiesSeen")),
                () -> assertEquals("1/2 50.0", rate(report, "delivered.completedCourse")),
                // OX22-001: PIRGAS 45 -> 72; PHQ-9 16 (totals-only) -> 6 and GAD-7 12 (totals-only) -> 5.
                // OX22-002 closed with baselines only: no paired scores, in no denominator.
                () -> assertEquals("1/1 100.0", rate(report, "outcomes.pirgasFamiliesImproved")),
                () -> assertEquals("1/1 100.0", rate(report, "outcomes.pirgasFamiliesMeaningfullyImproved")),
                () -> assertEquals("1/1 100.0", rate(report, "outcomes.parentsMentalHealthImproved")),
                () -> assertEquals("1/1 100.0", rate(report, "outcomes.parentsMentalHealth.reliableImprovement")),
                () -> assertEquals("1/1 100.0", rate(report, "outcomes.parentsMentalHealth.recovery")));
    }

    /** 2023: four families, one outside the catchment and redirected; OX23-004 and OX23-005 closed. */
    @Test
    void year2023ShouldShowTheFiguresWorkedOutByHand() {
        JsonPath report = report("2023");
        assertAll(
                () -> assertEquals(4, count(report, "referrals.received")),
                () -> assertEquals(
                        Map.of("ACCEPTED", 3L, "DECLINED", 0L, "REDIRECTED", 1L, "PENDING", 0L),
                        breakdown(report, "referrals.triage")),
                () -> assertEquals("3/4 75.0", rate(report, "referrals.eligible")),
                () -> assertEquals(3, count(report, "waiting.firstSessions")),
                () -> assertEquals(2, count(report, "activity.episodesClosed")),
                // Delivered: OX23-004 6 attended (+1 cancelled by the family), OX23-005 5 (+1 missed, +1 cancelled
                // by the service), OX23-007 2 (+1 missed) in 2023.
                () -> assertEquals(16, count(report, "delivered.sessionsOffered")),
                () -> assertEquals(13, count(report, "delivered.sessionsAttended")),
                () -> assertEquals("2/15 13.3", rate(report, "delivered.didNotAttend")),
                () -> assertEquals(3, count(report, "delivered.familiesSeen")),
                () -> assertEquals("2/2 100.0", rate(report, "delivered.completedCourse")),
                // OX23-004: PIRGAS 60 -> 65 (improved, not meaningfully); OX23-005 (totals-only): 40 -> 38.
                () -> assertEquals("1/2 50.0", rate(report, "outcomes.pirgasFamiliesImproved")),
                () -> assertEquals("0/2 0.0", rate(report, "outcomes.pirgasFamiliesMeaningfullyImproved")),
                // OX23-004: PHQ-9 11 -> 12, GAD-7 9 -> 6: improved, not reliably, still a case on PHQ-9.
                // OX23-005 (totals-only): PHQ-9 18 -> 9: reliably improved and recovered.
                () -> assertEquals("2/2 100.0", rate(report, "outcomes.parentsMentalHealthImproved")),
                () -> assertEquals("1/2 50.0", rate(report, "outcomes.parentsMentalHealth.reliableImprovement")),
                () -> assertEquals("1/2 50.0", rate(report, "outcomes.parentsMentalHealth.recovery")));
    }

    /** 2024: three families, all accepted; OX23-007 (moved away) and OX24-008 closed. */
    @Test
    void year2024ShouldShowTheFiguresWorkedOutByHand() {
        JsonPath report = report("2024");
        assertAll(
                () -> assertEquals(3, count(report, "referrals.received")),
                () -> assertEquals(
                        Map.of("ACCEPTED", 3L, "DECLINED", 0L, "REDIRECTED", 0L, "PENDING", 0L),
                        breakdown(report, "referrals.triage")),
                () -> assertEquals("3/3 100.0", rate(report, "referrals.eligible")),
                () -> assertEquals(2, count(report, "waiting.firstSessions")),
                () -> assertEquals(2, count(report, "activity.episodesClosed")),
                // Delivered: OX23-007 2 attended (+1 missed) in 2024, OX24-008 5 (+1 cancelled by the family),
                // OX24-009 3 (+1 missed), OX24-010 only its assessment, cancelled by the service.
                () -> assertEquals(13, count(report, "delivered.sessionsOffered")),
                () -> assertEquals(10, count(report, "delivered.sessionsAttended")),
                () -> assertEquals("2/12 16.7", rate(report, "delivered.didNotAttend")),
                () -> assertEquals(3, count(report, "delivered.familiesSeen")),
                () -> assertEquals("2/2 100.0", rate(report, "delivered.completedCourse")),
                // OX23-007: PIRGAS 55 -> 52 at REVIEW; OX24-008: 35 -> 70.
                () -> assertEquals("1/2 50.0", rate(report, "outcomes.pirgasFamiliesImproved")),
                () -> assertEquals("1/2 50.0", rate(report, "outcomes.pirgasFamiliesMeaningfullyImproved")),
                // OX23-007: GAD-7 8 -> 14 is a reliable deterioration; OX24-008: PHQ-9 15 -> 4.
                () -> assertEquals("1/2 50.0", rate(report, "outcomes.parentsMentalHealthImproved")),
                () -> assertEquals("1/2 50.0", rate(report, "outcomes.parentsMentalHealth.reliableDeterioration")),
                () -> assertEquals("1/2 50.0", rate(report, "outcomes.parentsMentalHealth.recovery")));
    }

    /** The three years at once: the headline sentences' figures. */
    @Test
    void theThreeYearsShouldGiveTheHeadlineFigures() {
        JsonPath report = report("2022", "2024");
        assertAll(
                () -> assertEquals(10, count(report, "referrals.received")),
                () -> assertEquals(6, count(report, "activity.episodesClosed")),
                () -> assertEquals(39, count(report, "delivered.sessionsOffered")),
                () -> assertEquals(29, count(report, "delivered.sessionsAttended")),
                () -> assertEquals("7/36 19.4", rate(report, "delivered.didNotAttend")),
                () -> assertEquals(6, count(report, "delivered.familiesSeen")),
                () -> assertEquals("5/6 83.3", rate(report, "delivered.completedCourse")),
                () -> assertEquals("5.0", report.getString("delivered.sessionsPerCompletedEpisode.median")),
                () -> assertEquals("3/5 60.0", rate(report, "outcomes.pirgasFamiliesImproved")),
                () -> assertEquals("4/5 80.0", rate(report, "outcomes.parentsMentalHealthImproved")),
                () -> assertEquals("3/5 60.0", rate(report, "outcomes.parentsMentalHealth.reliableImprovement")),
                () -> assertEquals("3/5 60.0", rate(report, "outcomes.parentsMentalHealth.recovery")));
    }

    private static byte[] example(String name) throws IOException {
        return Files.readAllBytes(RunningStack.stack().config().repoRoot().resolve(Path.of("docs", "import", name)));
    }

    /** The example workbook with every family on {@link #STREAM} (its only change). */
    private static byte[] onStream(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet referrals = workbook.getSheet("referrals");
            Row header = referrals.getRow(0);
            int column = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if ("fundingStream".equals(header.getCell(c).getStringCellValue())) {
                    column = c;
                }
            }
            for (int r = 1; r <= referrals.getLastRowNum(); r++) {
                Row row = referrals.getRow(r);
                Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
                cell.setCellValue(STREAM);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Uploads the workbook (no sheet: each service takes its own) as the admin, polls the run until it is DONE. */
    private static JsonPath run(String base, boolean commit, byte[] file) {
        Response accepted = given().auth()
                .oauth2(Tokens.admin())
                .contentType(XLSX)
                .body(file)
                .when()
                .post(base + "/api/v1/imports?commit=" + commit);
        assertEquals(202, accepted.statusCode(), accepted.asString());
        String location = accepted.header("Location");
        assertNotNull(location);
        for (int i = 0; i < 600; i++) {
            JsonPath report = given().auth()
                    .oauth2(Tokens.admin())
                    .when()
                    .get(location)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (!"RUNNING".equals(report.getString("status"))) {
                assertEquals("DONE", report.getString("status"), report.prettify());
                return report;
            }
            sleep();
        }
        throw new AssertionError("the import did not finish within two minutes");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath report(String year) {
        return report(year, year);
    }

    private static JsonPath report(String fromYear, String toYear) {
        return given().auth()
                .oauth2(Tokens.user(DemoRealm.MANAGER))
                .queryParam("from", fromYear + "-01-01")
                .queryParam("to", toYear + "-12-31")
                .queryParam("fundingStream", STREAM)
                .when()
                .get(RunningStack.stack().reportingUrl() + "/api/v1/reports/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static long count(JsonPath report, String path) {
        assertEquals(false, report.getBoolean(path + ".suppressed"), path + " suppressed");
        return report.getLong(path + ".value");
    }

    private static String rate(JsonPath report, String path) {
        Map<String, Object> r = report.getMap(path);
        return r.get("numerator") + "/" + r.get("denominator") + " " + r.get("percent");
    }

    private static Map<String, Long> breakdown(JsonPath report, String path) {
        List<Map<String, Object>> cells = report.getList(path);
        return cells.stream()
                .collect(Collectors.toMap(
                        c -> (String) c.get("category"),
                        c -> ((Number) ((Map<?, ?>) c.get("count")).get("value")).longValue()));
    }
}
