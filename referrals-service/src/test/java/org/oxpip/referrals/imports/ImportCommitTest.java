package org.oxpip.referrals.imports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.referrals.imports.ImportFiles.csv;
import static org.oxpip.referrals.imports.ImportFiles.declined;
import static org.oxpip.referrals.imports.ImportFiles.family;
import static org.oxpip.referrals.imports.ImportFiles.run;
import static org.oxpip.referrals.imports.ImportFiles.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Database;

/** A commit creates each family as the API would, with its dated history, audit and feed; or nothing. */
@QuarkusTest
class ImportCommitTest {

    @Test
    void dryRunShouldReportWhatWouldBeCreatedAndCreateNothing() {
        String refs = ImportFiles.refs();
        Map<String, Long> before = Database.rowCounts();
        JsonPath report = run(csv(List.of(family(refs + "1"), declined(refs + "2"))), "?sheet=referrals");
        assertEquals("DONE", report.getString("status"));
        assertEquals(false, report.getBoolean("commit"));
        assertEquals(1.0, report.getDouble("progress"));
        assertEquals(2, report.getInt("created.referrals"));
        assertEquals(4 + 1, report.getInt("created.statusChanges"));
        assertEquals(List.of(), report.getList("problems"));
        assertEquals(List.of(), report.getList("conflicts"));
        assertEquals(onlyOneMoreRun(before), Database.rowCounts());
    }

    @Test
    void commitShouldCreateEachFamilyWithItsDatedHistoryAuditAndFeed() {
        String refs = ImportFiles.refs();
        JsonPath report = run(csv(List.of(family(refs + "1"), declined(refs + "2"))), "?sheet=referrals&commit=true");
        assertEquals("DONE", report.getString("status"));
        assertEquals(true, report.getBoolean("commit"));
        assertEquals(2, report.getInt("created.referrals"));
        assertEquals(5, report.getInt("created.statusChanges"));
        assertEquals(List.of(), report.getList("problems"));

        String closed = one("SELECT referral_id FROM imported_referral WHERE external_ref = ?", refs + "1");
        assertEquals(
                report.getString("id"),
                one("SELECT import_id FROM imported_referral WHERE external_ref = ?", refs + "1"));
        JsonPath referral = given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/referrals/{id}", closed)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("CLOSED", referral.getString("status"));
        assertEquals("2023-03-01", referral.getString("receivedOn"));
        assertEquals("HEALTH_VISITOR", referral.getString("sourceType"));
        assertEquals("2023-03-08", referral.getString("acceptedOn"));
        assertEquals("2023-03-08", referral.getString("waitingOn"));
        assertEquals("2023-04-03", referral.getString("firstSessionOn"));
        assertEquals("2023-07-20", referral.getString("closedOn"));
        assertEquals("COMPLETED", referral.getString("closureReason"));
        assertEquals("OX11", referral.getString("area"));
        assertEquals(List.of("LOW_MOOD", "ANXIETY"), referral.getList("concerns"));

        assertEquals(
                List.of(
                        "RECEIVED 2023-03-01",
                        "ACCEPTED 2023-03-08",
                        "WAITING 2023-03-08",
                        "IN_THERAPY 2023-04-03",
                        "CLOSED 2023-07-20"),
                all(
                        "SELECT to_status || ' ' || effective_date FROM status_change WHERE referral_id = CAST(? AS uuid)"
                                + " ORDER BY recorded_at",
                        closed));
        assertEquals(
                List.of("CREATE 1", "IMPORT 1", "TRANSITION 4"),
                all(
                        "SELECT action || ' ' || count(*) FROM audit_entry WHERE referral_id = CAST(? AS uuid)"
                                + " AND actor_role = 'admin' GROUP BY action ORDER BY action",
                        closed));
        assertEquals(
                List.of("RECEIVED", "ACCEPTED", "WAITING", "IN_THERAPY", "CLOSED 2023-07-20 COMPLETED"),
                all(
                        "SELECT facts->>'status' || coalesce(' ' || (facts->>'closedOn') || ' ' || (facts->>'closureReason'), '')"
                                + " FROM referral_change WHERE referral_id = CAST(? AS uuid) ORDER BY position",
                        closed));

        String declined = one("SELECT referral_id FROM imported_referral WHERE external_ref = ?", refs + "2");
        assertEquals(
                List.of("RECEIVED 2023-03-01", "DECLINED 2023-03-06"),
                all(
                        "SELECT to_status || ' ' || effective_date FROM status_change WHERE referral_id = CAST(? AS uuid)"
                                + " ORDER BY recorded_at",
                        declined));
        assertEquals(
                List.of(ReferralRow.REASON_IMPORTED),
                all(
                        "SELECT reason FROM status_change WHERE referral_id = CAST(? AS uuid) AND to_status = 'DECLINED'",
                        declined));
    }

    @Test
    void aBadRowAnywhereShouldCreateNothing() {
        for (int bad = 0; bad < 3; bad++) {
            String refs = ImportFiles.refs();
            List<Map<String, String>> rows =
                    new ArrayList<>(List.of(family(refs + "1"), declined(refs + "2"), family(refs + "3")));
            rows.set(bad, with(rows.get(bad), "parent1Postcode", "NOT A POSTCODE"));
            Map<String, Long> before = Database.rowCounts();
            JsonPath report = run(csv(rows), "?sheet=referrals&commit=true");
            assertEquals("DONE", report.getString("status"));
            assertEquals(0, report.getInt("created.referrals"), "all or nothing");
            assertEquals(0, report.getInt("created.statusChanges"));
            assertTrue(report.getList("problems.row").size() > 0);
            assertEquals(
                    List.of(bad + 2),
                    report.getList("problems.row").stream().distinct().toList());
            assertEquals(
                    List.of("parent1Postcode"),
                    report.getList("problems.column").stream().distinct().toList());
            assertEquals(onlyOneMoreRun(before), Database.rowCounts(), "no table changed but the runs'");
        }
    }

    @Test
    void theSameRowsAgainShouldCreateNothingAndCountAsAlreadyImported() {
        String refs = ImportFiles.refs();
        List<Map<String, String>> rows = List.of(family(refs + "1"), declined(refs + "2"));
        assertEquals(2, run(csv(rows), "?sheet=referrals&commit=true").getInt("created.referrals"));

        Map<String, Long> before = Database.rowCounts();
        JsonPath again = run(csv(rows), "?sheet=referrals&commit=true");
        assertEquals(2, again.getInt("alreadyImported"));
        assertEquals(0, again.getInt("created.referrals"));
        assertEquals(List.of(), again.getList("conflicts"));
        assertEquals(List.of(), again.getList("problems"));

        // The same content with the dates written the UK way is the same row.
        Map<String, String> ukDates = family(refs + "1");
        ukDates.put("receivedOn", "01/03/2023");
        ukDates.put("closedOn", "20/7/2023");
        JsonPath uk = run(csv(List.of(ukDates, family(refs + "3"))), "?sheet=referrals&commit=true");
        assertEquals(1, uk.getInt("alreadyImported"));
        assertEquals(1, uk.getInt("created.referrals"));

        Map<String, Long> expected = onlyOneMoreRun(onlyOneMoreRun(before));
        Map<String, Long> after = Database.rowCounts();
        assertEquals(expected.get("imported_referral") + 1, after.get("imported_referral"));
        assertEquals(expected.get("referral") + 1, after.get("referral"));
    }

    @Test
    void aChangedRowShouldBeAConflictNeverASilentChange() {
        String refs = ImportFiles.refs();
        run(csv(List.of(family(refs + "1"))), "?sheet=referrals&commit=true");
        String id = one("SELECT referral_id FROM imported_referral WHERE external_ref = ?", refs + "1");

        Map<String, Long> before = Database.rowCounts();
        JsonPath report = run(
                csv(List.of(family(refs + "2"), with(family(refs + "1"), "parent1Postcode", "OX10 9AB"))),
                "?sheet=referrals&commit=true");
        assertEquals(1, report.getList("conflicts").size());
        assertEquals(3, report.getInt("conflicts[0].row"));
        assertEquals(id, report.getString("conflicts[0].recordId"));
        assertEquals("referrals", report.getString("conflicts[0].sheet"));
        assertEquals(0, report.getInt("created.referrals"), "a conflict stops the commit: all or nothing");
        assertEquals(onlyOneMoreRun(before), Database.rowCounts());
        assertEquals(
                ImportFiles.POSTCODE,
                one("SELECT postcode FROM referral_parent WHERE referral_id = CAST(? AS uuid) AND position = 1", id));
    }

    @Test
    void anErasedFamilysRowShouldLoseItsFingerprintAndNeverBeRecreated() {
        String refs = ImportFiles.refs();
        run(csv(List.of(family(refs + "1"))), "?sheet=referrals&commit=true");
        String id = one("SELECT referral_id FROM imported_referral WHERE external_ref = ?", refs + "1");
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/referrals/{id}/erasure", id)
                .then()
                .statusCode(200);
        assertEquals("erased", one("SELECT content_hash FROM imported_referral WHERE external_ref = ?", refs + "1"));

        Map<String, Long> before = Database.rowCounts();
        JsonPath again = run(csv(List.of(family(refs + "1"))), "?sheet=referrals&commit=true");
        assertEquals(id, again.getString("conflicts[0].recordId"));
        assertEquals(0, again.getInt("created.referrals"));
        assertEquals(onlyOneMoreRun(before), Database.rowCounts());
    }

    /** Every table as it was, but for the one import run the upload recorded. */
    static Map<String, Long> onlyOneMoreRun(Map<String, Long> before) {
        Map<String, Long> expected = new HashMap<>(before);
        expected.put("import_run", before.get("import_run") + 1);
        return new java.util.TreeMap<>(expected);
    }

    private static String one(String sql, String parameter) {
        List<String> values = all(sql, parameter);
        assertEquals(1, values.size(), sql);
        return values.get(0);
    }

    private static List<String> all(String sql, String parameter) {
        try (Connection c = Database.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            assertTrue(values.stream().allMatch(v -> v != null), sql);
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
