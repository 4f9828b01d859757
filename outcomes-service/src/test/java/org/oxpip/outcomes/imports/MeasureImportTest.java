package org.oxpip.outcomes.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.outcomes.imports.MeasureFiles.csv;
import static org.oxpip.outcomes.imports.MeasureFiles.measure;
import static org.oxpip.outcomes.imports.MeasureFiles.phq9Baseline;
import static org.oxpip.outcomes.imports.MeasureFiles.phq9EndTotal;
import static org.oxpip.outcomes.imports.MeasureFiles.run;
import static org.oxpip.outcomes.imports.MeasureFiles.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;
import org.oxpip.platform.testing.TestTokens;

/** The measures sheet through the API: dry run, commit, re-import, conflict, all or nothing, totals-only. */
@QuarkusTest
class MeasureImportTest {

    private final String refs = MeasureFiles.refs();

    @AfterEach
    void reset() {
        ReferralsStub.resetErasures();
    }

    @Test
    void shouldCheckADryRunAndStoreNothing() {
        ReferralsStub.importedFamilies(Map.of(refs + "1", "CLOSED"));
        Map<String, Long> before = Rows.counts();

        JsonPath report = run(csv(List.of(phq9Baseline(refs + "1"), phq9EndTotal(refs + "1"))), "?sheet=measures");

        assertEquals("DONE", report.getString("status"));
        assertFalse(report.getBoolean("commit"));
        assertEquals(2, report.getInt("created.assessments"));
        assertEquals(List.of(), report.getList("problems"));
        assertEquals(before, Rows.counts());
    }

    @Test
    void shouldCommitAnswersAndTotalsOnlyMeasuresThatPairInTheFamilysOutcomes() {
        UUID family =
                ReferralsStub.importedFamilies(Map.of(refs + "1", "CLOSED")).get(refs + "1");
        Map<String, Long> before = Rows.counts();

        JsonPath report =
                run(csv(List.of(phq9Baseline(refs + "1"), phq9EndTotal(refs + "1"))), "?sheet=measures&commit=true");

        assertEquals("DONE", report.getString("status"), report.prettify());
        assertEquals(2, report.getInt("created.assessments"));
        Map<String, Long> after = Rows.counts();
        assertEquals(before.get("assessment") + 2, after.get("assessment"));
        assertEquals(before.get("assessment_change") + 2, after.get("assessment_change"));
        assertEquals(before.get("audit_entry") + 2, after.get("audit_entry"));
        assertEquals(
                2,
                Rows.count("SELECT count(*) FROM audit_entry a JOIN assessment s ON s.id = a.record_id "
                        + "WHERE a.action = 'IMPORT' AND a.actor = 'admin' AND s.referral_id = '" + family + "'"));
        assertEquals(
                2,
                Rows.count(
                        "SELECT count(*) FROM imported_assessment WHERE import_id = '" + report.getString("id") + "'"));
        assertEquals(
                1,
                Rows.count("SELECT count(*) FROM assessment_change WHERE referral_id = '" + family
                        + "' AND total = 7 AND band = 'mild'"));

        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/referrals/{id}/assessments", family)
                .then()
                .statusCode(200)
                .body("total", contains(16, 7))
                .body("[1].answers", nullValue())
                .body("[1].riskFlag", nullValue())
                .body("[1].band", equalTo("mild"))
                .body("[0].riskFlag", equalTo(false));
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/referrals/{id}/outcomes", family)
                .then()
                .statusCode(200)
                .body("measures[0].instrument", equalTo("PHQ9"))
                .body("measures[0].paired", equalTo(true))
                .body("measures[0].change", equalTo(-9))
                .body("measures[0].reliableImprovement", equalTo(true))
                .body("measures[0].recovered", equalTo(true));
    }

    @Test
    void shouldCountTheSameRowsAgainAsAlreadyImportedAndAChangedRowAsAConflict() {
        ReferralsStub.importedFamilies(Map.of(refs + "1", "IN_THERAPY"));
        byte[] file = csv(List.of(phq9Baseline(refs + "1"), phq9EndTotal(refs + "1")));
        assertEquals(2, run(file, "?sheet=measures&commit=true").getInt("created.assessments"));
        Map<String, Long> before = Rows.counts();

        // The same rows, a date written the other way: the same content.
        JsonPath again = run(
                csv(List.of(with(phq9Baseline(refs + "1"), "completedOn", "01/02/2024"), phq9EndTotal(refs + "1"))),
                "?sheet=measures&commit=true");
        assertEquals(0, again.getInt("created.assessments"));
        assertEquals(2, again.getInt("alreadyImported"));

        JsonPath changed = run(
                csv(List.of(phq9Baseline(refs + "1"), with(phq9EndTotal(refs + "1"), "total", "8"))),
                "?sheet=measures&commit=true");
        assertEquals(0, changed.getInt("created.assessments"));
        assertEquals(1, changed.getInt("alreadyImported"));
        assertEquals(3, changed.getInt("conflicts[0].row"));
        assertEquals("assessment", changed.getString("conflicts[0].record"));
        assertEquals(before, Rows.counts());
    }

    @Test
    void shouldCreateNothingWhenAnyRowHasAProblem() {
        ReferralsStub.importedFamilies(Map.of(refs + "1", "CLOSED"));
        Map<String, Long> before = Rows.counts();

        JsonPath report = run(
                csv(List.of(
                        phq9Baseline(refs + "1"),
                        phq9EndTotal(refs + "1"),
                        measure(refs + "unknown", "GAD7", "BASELINE", "2024-02-01", "1;1;1;1;1;1;1", null))),
                "?sheet=measures&commit=true");

        assertEquals("DONE", report.getString("status"));
        assertEquals(0, report.getInt("created.assessments"));
        assertEquals(4, report.getInt("problems[0].row"));
        assertEquals("externalRef", report.getString("problems[0].column"));
        assertEquals("unknown-external-ref", report.getString("problems[0].code"));
        assertEquals(before, Rows.counts());
    }

    @Test
    void shouldRaiseARiskAlertAsTheApiDoesForAPositiveRiskItem() {
        UUID family =
                ReferralsStub.importedFamilies(Map.of(refs + "1", "IN_THERAPY")).get(refs + "1");

        JsonPath report = run(
                csv(List.of(measure(refs + "1", "PHQ9", "BASELINE", "2024-02-01", "1;1;1;1;1;1;1;1;2", null))),
                "?sheet=measures&commit=true");

        assertEquals(1, report.getInt("created.assessments"));
        assertEquals(1, Rows.count("SELECT count(*) FROM risk_alert WHERE referral_id = '" + family + "'"));
    }

    @Test
    void shouldReportReferralsServiceUnreachableAsAFailedRunThatCreatedNothing() {
        ReferralsStub.lookupFails();
        Map<String, Long> before = Rows.counts();

        JsonPath report = run(csv(List.of(phq9Baseline(refs + "1"))), "?sheet=measures&commit=true");

        assertEquals("FAILED", report.getString("status"));
        assertEquals("refused", report.getString("problems[0].code"));
        assertTrue(report.getString("problems[0].message").contains("referrals-service"));
        assertEquals(before, Rows.counts());
    }
}
