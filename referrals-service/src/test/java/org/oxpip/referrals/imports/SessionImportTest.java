package org.oxpip.referrals.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.referrals.imports.ImportFiles.csv;
import static org.oxpip.referrals.imports.ImportFiles.declined;
import static org.oxpip.referrals.imports.ImportFiles.family;
import static org.oxpip.referrals.imports.ImportFiles.neverSeen;
import static org.oxpip.referrals.imports.ImportFiles.run;
import static org.oxpip.referrals.imports.ImportFiles.session;
import static org.oxpip.referrals.imports.ImportFiles.sessionsCsv;
import static org.oxpip.referrals.imports.ImportFiles.upload;
import static org.oxpip.referrals.imports.ImportFiles.waiting;
import static org.oxpip.referrals.imports.ImportFiles.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Database;

/**
 * The sessions sheet: every column checked with the sessions API's rules, the family found by externalRef, a
 * commit recording each session as the API does (therapy started by the first attended one), all or nothing,
 * idempotent by the row's identity, and never a cell's value in a problem.
 */
@QuarkusTest
class SessionImportTest {

    private static final String COMMIT = "?sheet=sessions&commit=true";

    /** The families the sessions name: closed (seen 3 Apr to 20 Jul 2023), waiting, declined, never seen. */
    private static String families() {
        String refs = ImportFiles.refs();
        JsonPath report = run(
                csv(List.of(family(refs + "C"), waiting(refs + "W"), declined(refs + "D"), neverSeen(refs + "N"))),
                "?sheet=referrals&commit=true");
        assertEquals(4, report.getInt("created.referrals"), report.prettify());
        return refs;
    }

    @Test
    void everyColumnShouldBeCheckedWithTheSessionsApisRulesAndNoValueRepeated() {
        String refs = families();
        String future = LocalDate.now(ZoneId.of("Europe/London")).plusDays(3).toString();
        String c = refs + "C";
        List<Map<String, String>> rows = List.of(
                session(c, "2023-04-03", "ASSESSMENT", "ATTENDED"), // row 2: fine
                session("", "2023-04-10", "PARENT_INFANT", "ATTENDED"),
                session(c, "", "PARENT_INFANT", "ATTENDED"),
                session(c, "31/02/2023", "PARENT_INFANT", "ATTENDED"),
                session(c, "2023-13-01", "PARENT_INFANT", "ATTENDED"),
                session(c, future, "PARENT_INFANT", "ATTENDED"),
                session(c, "2023-02-20", "PARENT_INFANT", "DID_NOT_ATTEND"), // before received (1 March)
                session(c, "2023-08-01", "PARENT_INFANT", "ATTENDED"), // after closed (20 July)
                session(c, "2023-04-10", "HOMEVISIT", "ATTENDED"), // row 10
                session(c, "2023-04-10", "", "ATTENDED"),
                with(session(c, "2023-04-10", "PARENT_INFANT", "ATTENDED"), "setting", "home"),
                with(session(c, "2023-04-10", "PARENT_INFANT", "ATTENDED"), "setting", ""),
                session(c, "2023-04-10", "PARENT_INFANT", "TELEPATHY"),
                session(c, "2023-04-10", "PARENT_INFANT", ""), // row 15
                with(session(c, "2023-04-10", "PARENT_INFANT", "ATTENDED"), "durationMinutes", "0"),
                with(session(c, "2023-04-10", "PARENT_INFANT", "ATTENDED"), "durationMinutes", "481"),
                with(session(c, "2023-04-10", "PARENT_INFANT", "ATTENDED"), "durationMinutes", "45.5"),
                with(session(c, "2023-04-10", "PARENT_INFANT", "ATTENDED"), "durationMinutes", ""),
                session(refs + "X", "2023-04-10", "PARENT_INFANT", "ATTENDED"), // row 20: no such family
                session(refs + "D", "2023-04-10", "PARENT_INFANT", "ATTENDED"), // declined
                session(refs + "N", "2023-04-10", "PARENT_INFANT", "ATTENDED"), // closed, never seen
                session(refs + "N", "2023-04-10", "PARENT_INFANT", "DID_NOT_ATTEND"), // fine: not attended
                session(refs + "W", "2023-03-02", "ASSESSMENT", "ATTENDED")); // row 24: before it joined the list
        JsonPath report = run(sessionsCsv(rows), "?sheet=sessions");
        assertEquals("DONE", report.getString("status"), report.prettify());
        assertEquals(
                List.of(
                        "3 externalRef required",
                        "4 date required",
                        "5 date invalid-date",
                        "6 date invalid-date",
                        "7 date invalid",
                        "8 date invalid",
                        "9 date invalid",
                        "10 kind invalid-code",
                        "11 kind required",
                        "12 setting invalid-code",
                        "13 setting required",
                        "14 attendance invalid-code",
                        "15 attendance required",
                        "16 durationMinutes invalid",
                        "17 durationMinutes invalid",
                        "18 durationMinutes invalid-number",
                        "19 durationMinutes required",
                        "20 externalRef unknown-external-ref",
                        "21 externalRef referral-not-in-care",
                        "22 attendance closed-without-therapy",
                        "24 date invalid"),
                problems(report));
        assertEquals(2, report.getInt("created.sessions"), "rows 2 and 23 would be created");
        assertEquals(0, report.getInt("created.referrals"));
        List<String> messages = report.getList("problems.message");
        assertTrue(messages.contains("must not be in the future"), messages.toString());
        assertTrue(messages.contains("must not be before the referral was received"), messages.toString());
        assertTrue(messages.contains("must not be after the referral was closed"), messages.toString());
        assertTrue(messages.contains("must be from 1 to 480 minutes"), messages.toString());
        for (String value :
                List.of(refs, "31/02/2023", "2023-13-01", future, "HOMEVISIT", "home", "TELEPATHY", "481", "45.5")) {
            for (String message : messages) {
                assertFalse(message.contains(value), message);
            }
        }
    }

    @Test
    void aCommitShouldRecordEachSessionAsTheApiDoesWithAuditFeedAndItsImport() {
        String refs = families();
        String c = refs + "C";
        String w = refs + "W";
        List<Map<String, String>> rows = List.of(
                session(c, "2023-04-03", "ASSESSMENT", "ATTENDED"),
                session(c, "17/04/2023", "PARENT_INFANT", "DID_NOT_ATTEND"),
                session(c, "2023-03-27", "ASSESSMENT", "ATTENDED"), // before its firstSessionOn: moves it earlier
                // The waiting family: missed one, then attended twice, listed out of order.
                session(w, "2023-05-15", "PARENT_INFANT", "ATTENDED"),
                session(w, "2023-04-17", "ASSESSMENT", "DID_NOT_ATTEND"),
                session(w, "01/05/2023", "ASSESSMENT", "ATTENDED"));
        JsonPath report = run(sessionsCsv(rows), COMMIT);
        assertEquals(List.of(), report.getList("problems"), report.prettify());
        assertEquals(Map.of("referrals", 0, "statusChanges", 1, "sessions", 6), report.getMap("created"));
        assertEquals("sessions", report.getString("sheet"));

        String closed = referralOf(c);
        String started = referralOf(w);
        assertEquals(
                List.of(
                        "2023-03-27 ASSESSMENT ATTENDED",
                        "2023-04-03 ASSESSMENT ATTENDED",
                        "2023-04-17 PARENT_INFANT DID_NOT_ATTEND"),
                all(
                        "SELECT session_date || ' ' || kind || ' ' || attendance FROM therapy_session"
                                + " WHERE referral_id = CAST(? AS uuid) ORDER BY session_date",
                        closed));
        assertEquals(
                List.of("6 " + report.getString("id")),
                all(
                        "SELECT count(*) || ' ' || min(CAST(import_id AS text)) FROM imported_session"
                                + " WHERE external_ref IN (?, ?)",
                        c,
                        w));
        // The API's side effects: the closed family's first session moved earlier, the waiting one started.
        assertEquals(
                List.of("CLOSED 2023-03-27"),
                all("SELECT status || ' ' || first_session_on FROM referral WHERE id = CAST(? AS uuid)", closed));
        assertEquals(
                List.of("IN_THERAPY 2023-05-01"),
                all("SELECT status || ' ' || first_session_on FROM referral WHERE id = CAST(? AS uuid)", started));
        assertEquals(
                List.of("IN_THERAPY 2023-05-01 Started by the first attended session"),
                all(
                        "SELECT to_status || ' ' || effective_date || ' ' || reason FROM status_change"
                                + " WHERE referral_id = CAST(? AS uuid) AND to_status = 'IN_THERAPY'",
                        started));
        // Audited as the API audits it: a RECORD_SESSION per session, the start of therapy a TRANSITION.
        assertEquals(
                List.of("RECORD_SESSION 3", "TRANSITION 1"),
                all(
                        "SELECT action || ' ' || count(*) FROM audit_entry WHERE referral_id = CAST(? AS uuid)"
                                + " AND actor_role = 'admin' AND action IN ('RECORD_SESSION', 'TRANSITION')"
                                + " AND at > (SELECT max(at) FROM audit_entry WHERE action = 'IMPORT'"
                                + " AND referral_id = CAST(? AS uuid)) GROUP BY action ORDER BY action",
                        started,
                        started));
        // One feed item per family, however many of its sessions the file held, with all of them.
        for (String referral : List.of(closed, started)) {
            assertEquals(
                    List.of("3"),
                    all(
                            "SELECT jsonb_array_length(facts->'sessions') FROM referral_change"
                                    + " WHERE referral_id = CAST(? AS uuid) AND jsonb_array_length(facts->'sessions') > 0",
                            referral));
        }
        assertEquals(
                List.of("IN_THERAPY 2023-05-01"),
                all(
                        "SELECT (facts->>'status') || ' ' || (facts->>'firstSessionOn') FROM referral_change"
                                + " WHERE referral_id = CAST(? AS uuid) ORDER BY position DESC LIMIT 1",
                        started));
    }

    @Test
    void aBadRowAnywhereShouldCreateNothing() {
        String refs = families();
        for (int bad = 0; bad < 3; bad++) {
            List<Map<String, String>> rows = new ArrayList<>(List.of(
                    session(refs + "C", "2023-04-03", "ASSESSMENT", "ATTENDED"),
                    session(refs + "W", "2023-04-17", "ASSESSMENT", "ATTENDED"),
                    session(refs + "C", "2023-04-17", "PARENT_INFANT", "ATTENDED")));
            rows.set(bad, with(rows.get(bad), "durationMinutes", "600"));
            Map<String, Long> before = Database.rowCounts();
            JsonPath report = run(sessionsCsv(rows), COMMIT);
            assertEquals("DONE", report.getString("status"));
            assertEquals(Map.of("referrals", 0, "statusChanges", 0, "sessions", 0), report.getMap("created"));
            assertEquals(List.of((bad + 2) + " durationMinutes invalid"), problems(report));
            assertEquals(ImportCommitTest.onlyOneMoreRun(before), Database.rowCounts(), "nothing but the run");
        }
    }

    @Test
    void theSameRowsAgainShouldCreateNothingAndAChangedOneIsAConflict() {
        String refs = families();
        String c = refs + "C";
        // Two sessions of one day and kind: the second is told from the first by its place among them.
        List<Map<String, String>> rows = List.of(
                session(c, "2023-04-03", "ASSESSMENT", "ATTENDED"),
                session(c, "2023-04-17", "PARENT_ONLY", "ATTENDED"),
                with(session(c, "2023-04-17", "PARENT_ONLY", "ATTENDED"), "durationMinutes", "30"));
        assertEquals(3, run(sessionsCsv(rows), COMMIT).getInt("created.sessions"));

        Map<String, Long> before = Database.rowCounts();
        // The same rows, the dates written the UK way and one a single digit: the same rows.
        List<Map<String, String>> uk = List.of(
                session(c, "03/04/2023", "ASSESSMENT", "ATTENDED"),
                session(c, "17/4/2023", "PARENT_ONLY", "ATTENDED"),
                with(session(c, "17/04/2023", "PARENT_ONLY", "ATTENDED"), "durationMinutes", "30"));
        JsonPath again = run(sessionsCsv(uk), COMMIT);
        assertEquals(3, again.getInt("alreadyImported"), again.prettify());
        assertEquals(0, again.getInt("created.sessions"));
        assertEquals(List.of(), again.getList("conflicts"));
        assertEquals(ImportCommitTest.onlyOneMoreRun(before), Database.rowCounts());

        // The first of that day's two now says the family did not come: a conflict, never a silent change.
        String first = all(
                        "SELECT CAST(session_id AS text) FROM imported_session WHERE external_ref = ?"
                                + " AND kind = 'PARENT_ONLY' AND occurrence = 1",
                        c)
                .get(0);
        JsonPath changed = run(
                sessionsCsv(List.of(
                        session(c, "2023-04-24", "PARENT_INFANT", "ATTENDED"),
                        session(c, "2023-04-17", "PARENT_ONLY", "DID_NOT_ATTEND"))),
                COMMIT);
        assertEquals(1, changed.getList("conflicts").size(), changed.prettify());
        assertEquals("sessions", changed.getString("conflicts[0].sheet"));
        assertEquals(3, changed.getInt("conflicts[0].row"));
        assertEquals("session", changed.getString("conflicts[0].record"));
        assertEquals(first, changed.getString("conflicts[0].recordId"));
        assertEquals(0, changed.getInt("created.sessions"), "a conflict stops the commit: all or nothing");
        assertEquals(
                List.of("ATTENDED"), all("SELECT attendance FROM therapy_session WHERE id = CAST(? AS uuid)", first));
    }

    @Test
    void aWorkbookShouldImportItsReferralsThenItsSessionsInOneRun() {
        String refs = ImportFiles.refs();
        Map<String, List<Map<String, String>>> sheets = new LinkedHashMap<>();
        // The sessions sheet first in the workbook: still imported after the referrals.
        sheets.put(
                "sessions",
                List.of(
                        session(refs + "1", "2023-04-03", "ASSESSMENT", "ATTENDED"),
                        session(refs + "1", "2023-04-17", "PARENT_INFANT", "ATTENDED")));
        sheets.put("referrals", List.of(family(refs + "1")));
        JsonPath dryRun = run(ImportFiles.XLSX, ImportFiles.workbook(sheets), "");
        assertEquals("referrals,sessions", dryRun.getString("sheet"));
        assertEquals(List.of(), dryRun.getList("problems"), dryRun.prettify());
        assertEquals(Map.of("referrals", 1, "statusChanges", 4, "sessions", 2), dryRun.getMap("created"));

        // A session of a family whose referrals row has a problem: that row's problem, and the session's.
        Map<String, List<Map<String, String>>> broken = new LinkedHashMap<>(sheets);
        broken.put("referrals", List.of(with(family(refs + "1"), "parent1Postcode", "NOT A POSTCODE")));
        Map<String, Long> before = Database.rowCounts();
        JsonPath refused = run(ImportFiles.XLSX, ImportFiles.workbook(broken), "?commit=true");
        assertEquals(
                List.of(
                        "referrals 2 parent1Postcode",
                        "sessions 2 externalRef referral-not-imported",
                        "sessions 3 externalRef referral-not-imported"),
                refused.getList("problems").stream()
                        .map(p -> (Map<?, ?>) p)
                        .map(p -> p.get("sheet") + " " + p.get("row") + " " + p.get("column")
                                + (p.get("sheet").equals("sessions") ? " " + p.get("code") : ""))
                        .distinct()
                        .toList());
        assertEquals(ImportCommitTest.onlyOneMoreRun(before), Database.rowCounts(), "all or nothing");

        JsonPath commit = run(ImportFiles.XLSX, ImportFiles.workbook(sheets), "?commit=true");
        assertEquals(Map.of("referrals", 1, "statusChanges", 4, "sessions", 2), commit.getMap("created"));
        assertEquals(
                List.of("2"),
                all(
                        "SELECT count(*) FROM therapy_session WHERE referral_id = CAST(? AS uuid)",
                        referralOf(refs + "1")));
        JsonPath again = run(ImportFiles.XLSX, ImportFiles.workbook(sheets), "?commit=true");
        assertEquals(3, again.getInt("alreadyImported"));

        // One sheet of the workbook, named.
        JsonPath sessionsOnly = run(ImportFiles.XLSX, ImportFiles.workbook(sheets), "?sheet=sessions");
        assertEquals("sessions", sessionsOnly.getString("sheet"));
        assertEquals(2, sessionsOnly.getInt("alreadyImported"));
    }

    @Test
    void onlyAnAdminShouldImportSessions() {
        byte[] file = sessionsCsv(List.of(session("T-none", "2023-04-03", "ASSESSMENT", "ATTENDED")));
        for (String token : List.of(
                TestTokens.staff("clinician"),
                TestTokens.staff("manager"),
                TestTokens.partner(TestTokens.AGENCY_A),
                TestTokens.funder("DIDCOT_POWERHOUSE"),
                TestTokens.service("reporting-service", "feed-reader"),
                TestTokens.service("outcomes-service", "referral-reader"))) {
            upload(token, ImportFiles.CSV, file, COMMIT).then().statusCode(403);
        }
        upload(TestTokens.staff("admin"), ImportFiles.CSV, file, "?sheet=measures")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("sheet"));
    }

    private static List<String> problems(JsonPath report) {
        return report.getList("problems").stream()
                .map(p -> (Map<?, ?>) p)
                .map(p -> p.get("row") + " " + p.get("column") + " " + p.get("code"))
                .toList();
    }

    private static String referralOf(String externalRef) {
        return all("SELECT CAST(referral_id AS text) FROM imported_referral WHERE external_ref = ?", externalRef)
                .get(0);
    }

    private static List<String> all(String sql, String... parameters) {
        try (Connection c = Database.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
