package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.stack.DemoRealm;
import org.oxpip.stack.Service;

/**
 * One parent's words from the satisfaction questionnaire to the funder's impact report and back out: five
 * families in the demo funder's stream give feedback this month (enough for a funder to see quotes), one parent
 * agrees to be quoted and names herself and her baby; the manager finds the feedback (without the family) and
 * approves a de-identified edit; after a sync the funder's report prints the edit and never the parent's words.
 * Then the parent withdraws consent (the clinician corrects it on the questionnaire): after the next sync the
 * quote is gone from the report and from reporting-service's database, and the audit has every step.
 */
@ExtendWith(RunningStack.class)
class ParentQuotesSystemTest {

    @Test
    void aQuoteShouldTravelFromTheQuestionnaireToTheFundersReportAndBackOut() {
        LocalDate today = Families.today();
        String from = today.withDayOfMonth(1).toString();
        String to = today.withDayOfMonth(today.lengthOfMonth()).toString();
        String period = "?from=" + from + "&to=" + to;

        List<String> referrals = new ArrayList<>();
        Families.Parent quoted = null;
        for (int i = 0; i < 5; i++) {
            Families.Parent parent = Families.parent("OX11");
            quoted = quoted == null ? parent : quoted;
            String id = Referrals.submit(
                    Tokens.clinician(),
                    Families.staffReferral(parent, "HEALTH_VISITOR", today.withDayOfMonth(1), Feedback.STREAM));
            Referrals.move(id, "ACCEPTED");
            referrals.add(id);
        }
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String words = quoted.givenName() + " here: baby " + quoted.familyName()
                + " and I are so much closer since the sessions (" + marker + ")";
        Families.remember(words);
        JsonPath questionnaire = Feedback.record(referrals.get(0), Feedback.QUOTABLE, words);
        String assessmentId = questionnaire.getString("id");
        String feedbackId = questionnaire.getString("feedbackId");
        for (int i = 1; i < 5; i++) {
            Feedback.record(referrals.get(i), i % 2 == 0 ? "SERVICE_ONLY" : null, "Thank you " + marker);
        }

        // The manager's list: the words, the stream, the answers; never the family's referral.
        String list = given().auth()
                .oauth2(Tokens.user(DemoRealm.MANAGER))
                .when()
                .get(Measures.url("/feedback?quotable=true&fundingStream=" + Feedback.STREAM + "&size=100"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonPath listed = JsonPath.from(list);
        Map<String, Object> item = listed.getMap("items.find { it.id == '" + feedbackId + "' }");
        assertEquals(words, item.get("comments"));
        assertEquals(Feedback.STREAM, item.get("fundingStream"));
        assertFalse(list.contains(referrals.get(0)), "the list never names the family's referral");
        assertFalse(list.contains(assessmentId), "nor the assessment");

        String edited = "We are so much closer to our baby since the sessions (" + marker + ")";
        Feedback.approve(feedbackId, edited);
        sync();

        String report = impact(Tokens.user(DemoRealm.FUNDER), period);
        assertTrue(report.contains(edited), "the funder's report prints the approved quote");
        assertFalse(report.contains(quoted.givenName()), "and never the parent's own words");
        JsonPath summary = summary(Tokens.user(DemoRealm.FUNDER), period);
        assertTrue(summary.getInt("feedback.received.value") >= 5, summary.prettify());
        assertTrue(summary(Tokens.user(DemoRealm.MANAGER), period).getInt("feedback.quotesApproved.value") >= 1);
        assertEquals(1, quotesInReporting(edited));
        assertEquals(0, rowsInReportingContaining(quoted.givenName()), "no unedited word in the read model");

        // The parent withdraws consent; the clinician corrects it on the questionnaire.
        Map<String, Object> correction = new LinkedHashMap<>(Feedback.body(referrals.get(0), "SERVICE_ONLY", words));
        correction.remove("referralId");
        correction.remove("instrument");
        correction.put("reason", "The parent withdrew consent to being quoted");
        given().auth()
                .oauth2(Tokens.clinician())
                .header("If-Match", "\"0\"")
                .contentType("application/json")
                .body(correction)
                .when()
                .put(Measures.url("/assessments/" + assessmentId))
                .then()
                .statusCode(200);
        sync();

        assertFalse(impact(Tokens.user(DemoRealm.FUNDER), period).contains(edited), "gone from the report");
        assertEquals(0, quotesInReporting(edited), "and from the read model");
        assertEquals(
                2,
                Tables.count(
                        Service.OUTCOMES,
                        "SELECT count(*) FROM audit_entry WHERE record_type = 'feedback' AND record_id = '" + feedbackId
                                + "' AND action IN ('APPROVE_QUOTE', 'WITHDRAW_QUOTE')"),
                "approval and withdrawal audited");
    }

    private static void sync() {
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post(RunningStack.stack().reportingUrl() + "/api/v1/sync")
                .then()
                .statusCode(200);
    }

    private static String impact(String token, String period) {
        return given().auth()
                .oauth2(token)
                .accept("text/html")
                .when()
                .get(RunningStack.stack().reportingUrl() + "/api/v1/reports/impact" + period)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static JsonPath summary(String token, String period) {
        return given().auth()
                .oauth2(token)
                .when()
                .get(RunningStack.stack().reportingUrl() + "/api/v1/reports/summary" + period)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static long quotesInReporting(String text) {
        return Tables.count(
                Service.REPORTING, "SELECT count(*) FROM quote_fact WHERE text = '" + text.replace("'", "''") + "'");
    }

    private static long rowsInReportingContaining(String text) {
        long[] rows = {0};
        Tables.eachRowAsText(Service.REPORTING, row -> {
            if (row.contains(text)) {
                rows[0]++;
            }
        });
        return rows[0];
    }
}
