package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.stack.Service;

/**
 * Issue 4's story with real tokens: a clinician records measures for an accepted referral (outcomes-service
 * asks referrals-service with its own Keycloak service account), sees the family's paired outcomes, and
 * acknowledges the risk alert a self-harm answer raised; a referral still waiting for triage takes no measures.
 */
@ExtendWith(RunningStack.class)
class OutcomesFlowSystemTest {

    @Test
    void clinicianShouldRecordBaselineAndEndAndSeeTheFamilysPairedOutcomes() {
        LocalDate today = Families.today();
        String id = Referrals.submit(
                Tokens.clinician(),
                Families.staffReferral(Families.parent("OX11"), "SELF", today.minusDays(60), "DIDCOT_POWERHOUSE"));
        Referrals.move(id, "ACCEPTED", today.minusDays(50), null);

        JsonPath baseline = Measures.record(id, "PHQ9", "BASELINE", today.minusDays(40), Measures.phq9(18));
        assertEquals(18, baseline.getInt("total"));
        assertEquals("moderately severe", baseline.getString("band"));
        assertFalse(baseline.getBoolean("riskFlag"));
        Measures.record(id, "GAD7", "BASELINE", today.minusDays(40), Measures.gad7(15));
        Measures.record(id, "PIRGAS", "BASELINE", today.minusDays(40), Measures.pirgas(45));
        Measures.record(id, "PHQ9", "END", today, Measures.phq9(6));
        Measures.record(id, "GAD7", "END", today, Measures.gad7(5));
        Measures.record(id, "PIRGAS", "END", today, Measures.pirgas(65));

        JsonPath outcomes = given().auth()
                .oauth2(Tokens.clinician())
                .when()
                .get(Measures.url("/referrals/" + id + "/outcomes"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // PHQ-9 18 -> 6: better by 12 (reliable change 6), a case (>= 10) at baseline and not at the end.
        Map<String, Object> phq9 = measure(outcomes, "PHQ9");
        assertEquals(true, phq9.get("paired"));
        assertEquals(-12, phq9.get("change"));
        assertEquals(List.of(true, true, false, true, true, true, false), flags(phq9));
        // GAD-7 15 -> 5: better by 10 (reliable change 4), a case (>= 8) at baseline only.
        Map<String, Object> gad7 = measure(outcomes, "GAD7");
        assertEquals(-10, gad7.get("change"));
        assertEquals(List.of(true, true, false, true, true, true, false), flags(gad7));
        // Combined, for the funders' "improved mental health": improved, reliably, recovered.
        Map<String, Object> combined = outcomes.getMap("parentMentalHealth[0]");
        assertEquals("PARENT_1", combined.get("respondent"));
        assertEquals(List.of(true, true, false, true, true, true, false), flags(combined));
        // PIRGAS 45 -> 65: higher is better; 20 points is a meaningful improvement.
        assertEquals(20, outcomes.getInt("familyPirgas.change"));
        assertEquals(true, outcomes.getBoolean("familyPirgas.improved"));
        assertEquals(true, outcomes.getBoolean("familyPirgas.meaningfulImprovement"));
        assertEquals(45, outcomes.getInt("familyPirgas.baseline.total"));
        assertEquals(65, outcomes.getInt("familyPirgas.final.total"));
    }

    @Test
    void selfHarmAnswerShouldRaiseAnAlertThatAClinicianAcknowledgesOnce() {
        String id = Referrals.fromAgencyA();
        Referrals.move(id, "ACCEPTED");
        // Item 9: "thoughts that you would be better off dead, or of hurting yourself": several days.
        JsonPath recorded =
                Measures.record(id, "PHQ9", "BASELINE", Families.today(), List.of(1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertTrue(recorded.getBoolean("riskFlag"));
        assertTrue(recorded.getBoolean("alertRaised"));
        String assessmentId = recorded.getString("id");

        Map<String, Object> alert = Alerts.find("OPEN", assessmentId);
        assertEquals(id, alert.get("referralId"));
        assertEquals(List.of(9), alert.get("riskItems"));
        String alertId = (String) alert.get("id");

        given().auth()
                .oauth2(Tokens.clinician())
                .contentType("application/json")
                .body(Map.of("note", "Called the parent; safety plan agreed with the GP"))
                .when()
                .post(Measures.url("/alerts/" + alertId + "/acknowledge"))
                .then()
                .statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedBy", equalTo("clinician"));
        given().auth()
                .oauth2(Tokens.clinician())
                .contentType("application/json")
                .body(Map.of("note", "again"))
                .when()
                .post(Measures.url("/alerts/" + alertId + "/acknowledge"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertEquals(null, Alerts.findOrNull("OPEN", assessmentId), "no longer open");
        assertEquals("ACKNOWLEDGED", Alerts.find("ACKNOWLEDGED", assessmentId).get("status"));
    }

    @Test
    void measureForAReferralNotYetAcceptedShouldBeRefusedAndNothingStored() {
        String id = Referrals.fromAgencyA();
        Map<String, Long> before = Tables.rowCountsRequestsWrite(Service.OUTCOMES);

        given().auth()
                .oauth2(Tokens.clinician())
                .contentType("application/json")
                .body(Measures.body(id, "PHQ9", "BASELINE", Families.today(), Measures.phq9(12)))
                .when()
                .post(Measures.url("/assessments"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/referral-not-accepted"));
        given().auth()
                .oauth2(Tokens.clinician())
                .contentType("application/json")
                .body(Measures.body(
                        UUID.randomUUID().toString(), "PHQ9", "BASELINE", Families.today(), Measures.phq9(12)))
                .when()
                .post(Measures.url("/assessments"))
                .then()
                .statusCode(422)
                .body("type", startsWith("https://oxpip.org/problems/unknown-referral"));
        assertEquals(before, Tables.rowCountsRequestsWrite(Service.OUTCOMES), "rows in outcomes-service's tables");

        // The check is live, not cached: once accepted, the same measure is taken.
        Referrals.move(id, "ACCEPTED");
        Measures.record(id, "PHQ9", "BASELINE", Families.today(), Measures.phq9(12));
    }

    private static Map<String, Object> measure(JsonPath outcomes, String instrument) {
        return outcomes.getMap(
                "measures.find { it.instrument == '" + instrument + "' && it.respondent == 'PARENT_1' }");
    }

    /** In this order: improved, reliableImprovement, reliableDeterioration, casenessAtBaseline, recovered, reliableRecovery, casenessAtFinal. */
    private static List<Object> flags(Map<String, Object> outcome) {
        return List.of(
                outcome.get("improved"),
                outcome.get("reliableImprovement"),
                outcome.get("reliableDeterioration"),
                outcome.get("casenessAtBaseline"),
                outcome.get("recovered"),
                outcome.get("reliableRecovery"),
                outcome.get("casenessAtFinal"));
    }
}
