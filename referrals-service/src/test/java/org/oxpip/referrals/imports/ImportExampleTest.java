package org.oxpip.referrals.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oxpip.referrals.imports.ImportFiles.run;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxpip.referrals.testing.Database;

/**
 * The example files in docs/import are the template's proof: they check clean, commit, and give the
 * figures written beside them in docs/import/README.md (worked out by hand from the families' stories); the
 * example workbook holds the same rows.
 */
@QuarkusTest
class ImportExampleTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "import", "referrals-example.csv");
    private static final Path SESSIONS = Path.of("..", "docs", "import", "sessions-example.csv");
    private static final Path WORKBOOK = Path.of("..", "docs", "import", "history-example.xlsx");
    private static final String EXAMPLE_ROWS =
            "SELECT r.* FROM referral r JOIN imported_referral i ON i.referral_id = r.id"
                    + " WHERE i.external_ref LIKE 'OX2_-0__'";

    @Test
    void theExampleShouldImportAndGiveTheFiguresWrittenBesideIt() throws Exception {
        byte[] file = Files.readAllBytes(EXAMPLE);
        JsonPath dryRun = run(file, "?sheet=referrals");
        assertEquals(List.of(), dryRun.getList("problems"));
        assertEquals(10, dryRun.getInt("created.referrals"));
        // 6 families went to therapy and closed (4 steps) or closed unseen (3), 2 declined or redirected (1),
        // 1 is in therapy (3), 1 waits (2): 4+3+1+4+4+1+4+4+3+2 = 30
        assertEquals(30, dryRun.getInt("created.statusChanges"));

        JsonPath commit = run(file, "?sheet=referrals&commit=true");
        assertEquals(10, commit.getInt("created.referrals"));
        assertEquals(10, run(file, "?sheet=referrals&commit=true").getInt("alreadyImported"));

        // Per grant year (calendar year received): referrals, eligible, accepted, declined or redirected.
        assertEquals(List.of("2022 3 3 2 1", "2023 4 3 3 1", "2024 3 3 3 0"), figures("""
                SELECT extract(year FROM received_on) || ' ' || count(*) || ' ' || count(*) FILTER (WHERE eligible)
                       || ' ' || count(accepted_on) || ' ' || (count(declined_on) + count(redirected_on))
                FROM (%s) e GROUP BY extract(year FROM received_on) ORDER BY 1""".formatted(EXAMPLE_ROWS)));
        // Per year of the event: first sessions, and closures by reason.
        assertEquals(List.of("2022 1", "2023 3", "2024 2"), figures("""
                SELECT extract(year FROM first_session_on) || ' ' || count(*) FROM (%s) e
                WHERE first_session_on IS NOT NULL GROUP BY extract(year FROM first_session_on) ORDER BY 1""".formatted(EXAMPLE_ROWS)));
        assertEquals(
                List.of(
                        "2022 COMPLETED 1",
                        "2022 DID_NOT_ENGAGE 1",
                        "2023 COMPLETED 2",
                        "2024 COMPLETED 1",
                        "2024 MOVED_AWAY 1"),
                figures("""
                        SELECT extract(year FROM closed_on) || ' ' || closure_reason || ' ' || count(*) FROM (%s) e
                        WHERE closed_on IS NOT NULL GROUP BY extract(year FROM closed_on), closure_reason ORDER BY 1""".formatted(EXAMPLE_ROWS)));
        assertEquals(
                List.of("CLOSED 6", "DECLINED 1", "IN_THERAPY 1", "REDIRECTED 1", "WAITING 1"),
                figures("""
                SELECT status || ' ' || count(*) FROM (%s) e GROUP BY status ORDER BY status""".formatted(EXAMPLE_ROWS)));

        byte[] sessions = Files.readAllBytes(SESSIONS);
        JsonPath sessionsDryRun = run(sessions, "?sheet=sessions");
        assertEquals(List.of(), sessionsDryRun.getList("problems"));
        assertEquals(42, sessionsDryRun.getInt("created.sessions"));
        assertEquals(0, sessionsDryRun.getInt("created.statusChanges"), "no session moves a referral");
        assertEquals(42, run(sessions, "?sheet=sessions&commit=true").getInt("created.sessions"));
        // Per year of the session: offered (all but cancelled by the service), attended, did not attend, families
        // seen; the table in docs/import/README.md.
        assertEquals(
                List.of("2022 10 6 3 1", "2023 16 13 2 3", "2024 13 10 2 3"), figures("""
                SELECT extract(year FROM s.session_date) || ' ' || count(*) FILTER (WHERE s.attendance <> 'CANCELLED_BY_SERVICE')
                       || ' ' || count(*) FILTER (WHERE s.attendance = 'ATTENDED')
                       || ' ' || count(*) FILTER (WHERE s.attendance = 'DID_NOT_ATTEND')
                       || ' ' || count(DISTINCT s.referral_id) FILTER (WHERE s.attendance = 'ATTENDED')
                FROM therapy_session s JOIN (%s) e ON e.id = s.referral_id
                GROUP BY extract(year FROM s.session_date) ORDER BY 1""".formatted(EXAMPLE_ROWS)));
        // Attended sessions of each episode closed, by the year it closed.
        assertEquals(List.of("2022 0,6", "2023 5,6", "2024 4,5"), figures("""
                SELECT y || ' ' || string_agg(CAST(n AS text), ',' ORDER BY n) FROM (
                  SELECT extract(year FROM e.closed_on) AS y,
                         (SELECT count(*) FROM therapy_session s WHERE s.referral_id = e.id
                          AND s.attendance = 'ATTENDED') AS n
                  FROM (%s) e WHERE e.closed_on IS NOT NULL) c GROUP BY y ORDER BY 1""".formatted(EXAMPLE_ROWS)));

        // The workbook holds the same rows: all already imported, its two sheets in one run.
        JsonPath workbook = run(ImportFiles.XLSX, Files.readAllBytes(WORKBOOK), "?commit=true");
        assertEquals("referrals,sessions", workbook.getString("sheet"));
        assertEquals(List.of(), workbook.getList("problems"));
        assertEquals(List.of(), workbook.getList("conflicts"));
        assertEquals(10 + 42, workbook.getInt("alreadyImported"));
        assertEquals(0, workbook.getInt("created.sessions"));
    }

    private static List<String> figures(String sql) throws Exception {
        try (var c = Database.connection();
                var s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            List<String> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
