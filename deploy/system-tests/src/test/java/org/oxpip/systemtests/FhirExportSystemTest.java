package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.stack.DemoRealm;

/**
 * Issue 21 through the real stack: a family's measures out as FHIR Observation and QuestionnaireResponse with the
 * totals the JSON API shows, and the summary report as a MeasureReport whose every rate group is the JSON report's
 * figure, for a manager exactly and for the funder through disclosure control (a suppressed figure has no count).
 * Every answer is also checked against the services' OpenAPI documents (ContractCheck).
 */
@ExtendWith(RunningStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirExportSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STREAM = "DIDCOT_POWERHOUSE";

    private final LocalDate today = Families.today();
    private final String period =
            today.withDayOfYear(1) + "/" + today.withDayOfYear(1).plusYears(1).minusDays(1);
    private final List<String> families = new ArrayList<>();

    @BeforeAll
    void aSmallCohortClosedThisYearThenASync() {
        int[][] scores = {{18, 6, 15, 5, 45, 65}, {12, 11, 9, 10, 50, 52}};
        for (int[] s : scores) {
            String id = Referrals.submit(
                    Tokens.clinician(),
                    Families.staffReferral(Families.parent("OX11"), "GP", today.minusDays(60), STREAM));
            Referrals.move(id, "ACCEPTED", today.minusDays(50), null);
            Measures.record(id, "PHQ9", "BASELINE", today.minusDays(40), Measures.phq9(s[0]));
            Measures.record(id, "PHQ9", "END", today, Measures.phq9(s[1]));
            Measures.record(id, "GAD7", "BASELINE", today.minusDays(40), Measures.gad7(s[2]));
            Measures.record(id, "GAD7", "END", today, Measures.gad7(s[3]));
            Measures.record(id, "PIRGAS", "BASELINE", today.minusDays(40), Measures.pirgas(s[4]));
            Measures.record(id, "PIRGAS", "END", today, Measures.pirgas(s[5]));
            Referrals.move(id, "CLOSED", today, "DID_NOT_ENGAGE");
            families.add(id);
        }
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post(RunningStack.stack().reportingUrl() + "/api/v1/sync")
                .then()
                .statusCode(200);
    }

    @Test
    void aFamilysMeasuresShouldLeaveAsObservationsAndQuestionnaireResponses() {
        String id = families.get(0);
        JsonNode assessments = read(given().auth()
                .oauth2(Tokens.clinician())
                .get(RunningStack.stack().outcomesUrl() + "/api/v1/referrals/" + id + "/assessments"));
        JsonNode observations = fhir(
                Tokens.clinician(),
                RunningStack.stack().outcomesUrl(),
                "/Observation",
                Map.of("based-on", "ServiceRequest/" + id));
        JsonNode responses = fhir(
                Tokens.clinician(),
                RunningStack.stack().outcomesUrl(),
                "/QuestionnaireResponse",
                Map.of("based-on", "ServiceRequest/" + id));
        assertEquals("searchset", observations.path("type").asText());
        assertEquals(assessments.size(), observations.path("total").asInt());
        assertEquals(assessments.size(), responses.path("total").asInt());
        for (int i = 0; i < assessments.size(); i++) {
            JsonNode measure = assessments.get(i);
            JsonNode observation = observations.path("entry").get(i).path("resource");
            assertEquals(measure.path("id").asText(), observation.path("id").asText());
            assertEquals(
                    measure.path("total").asInt(),
                    observation.path("valueInteger").asInt());
            assertEquals(
                    measure.path("band").asText(),
                    observation.path("interpretation").get(0).path("text").asText());
            assertEquals(
                    measure.path("completedOn").asText(),
                    observation.path("effectiveDateTime").asText());
            assertEquals(
                    "ServiceRequest/" + id,
                    observation.path("basedOn").get(0).path("reference").asText());
            String instrument = measure.path("instrument").asText();
            boolean loinc = observation
                    .path("code")
                    .path("coding")
                    .get(0)
                    .path("system")
                    .asText()
                    .equals("http://loinc.org");
            assertEquals(!instrument.equals("PIRGAS"), loinc, instrument + " is coded with LOINC unless it has none");
            JsonNode response = responses.path("entry").get(i).path("resource");
            assertEquals(
                    "https://oxpip.org/fhir/Questionnaire/" + instrument,
                    response.path("questionnaire").asText());
            assertEquals(
                    measure.path("answers").size() + 1, response.path("item").size(), "the answers and the total");
        }
    }

    @Test
    void theManagersMeasureReportShouldCarryTheJsonReportsFigures() {
        String manager = Tokens.user(DemoRealm.MANAGER);
        JsonNode report = measureReport(manager);
        JsonNode summary = summary(manager);
        assertEquals("none", summary.path("disclosure").asText());
        assertEquals(0, compare(report, summary));
        assertTrue(groups(report).size() > 10);
    }

    @Test
    void theFundersMeasureReportShouldHideWhatTheJsonReportHides() {
        String funder = Tokens.user(DemoRealm.FUNDER);
        JsonNode report = measureReport(funder);
        JsonNode summary = summary(funder);
        assertEquals("default", summary.path("disclosure").asText());
        int hidden = compare(report, summary);
        // The cohort is small (a handful of families this year): under the default policy some rate is hidden.
        assertTrue(hidden > 0, "a small cohort has suppressed figures for a funder");
        assertTrue(report.path("text").path("div").asText().contains("suppressed"));
    }

    /** Every group against the JSON report's figure at its path; answers how many are suppressed. */
    private static int compare(JsonNode report, JsonNode summary) {
        int hidden = 0;
        for (JsonNode group : groups(report)) {
            String figure =
                    group.path("code").path("coding").get(0).path("code").asText();
            JsonNode rate = summary;
            for (String segment : figure.split("\\.")) {
                rate = rate.path(segment);
            }
            JsonNode numerator = group.path("population").get(0);
            JsonNode denominator = group.path("population").get(1);
            if (rate.path("suppressed").asBoolean()) {
                hidden++;
                assertFalse(numerator.has("count"), figure + ": no number for a suppressed figure");
                assertFalse(denominator.has("count"), figure);
                assertFalse(group.path("measureScore").has("value"), figure);
                assertTrue(numerator.path("_count").has("extension"), figure + ": the count is said to be masked");
            } else {
                assertEquals(
                        rate.path("numerator").asLong(), numerator.path("count").asLong(), figure);
                assertEquals(
                        rate.path("denominator").asLong(),
                        denominator.path("count").asLong(),
                        figure);
                if (!rate.path("percent").isNull()) {
                    assertEquals(
                            0,
                            rate.path("percent")
                                    .decimalValue()
                                    .compareTo(group.path("measureScore")
                                            .path("value")
                                            .decimalValue()),
                            figure);
                }
            }
        }
        return hidden;
    }

    private static List<JsonNode> groups(JsonNode report) {
        List<JsonNode> groups = new ArrayList<>();
        report.path("group").forEach(groups::add);
        return groups;
    }

    private JsonNode measureReport(String token) {
        JsonNode bundle = fhir(token, RunningStack.stack().reportingUrl(), "/MeasureReport", Map.of("period", period));
        assertEquals(1, bundle.path("total").asInt());
        JsonNode report = bundle.path("entry").get(0).path("resource");
        assertEquals("MeasureReport", report.path("resourceType").asText());
        assertEquals("summary", report.path("type").asText());
        return report;
    }

    private JsonNode summary(String token) {
        String[] days = period.split("/");
        return read(given().auth()
                .oauth2(token)
                .queryParam("from", days[0])
                .queryParam("to", days[1])
                .get(RunningStack.stack().reportingUrl() + "/api/v1/reports/summary"));
    }

    private static JsonNode fhir(String token, String service, String path, Map<String, String> query) {
        Response answer = given().auth().oauth2(token).queryParams(query).get(service + "/fhir/r4" + path);
        assertTrue(answer.contentType().startsWith("application/fhir+json"), answer.contentType());
        return read(answer);
    }

    private static JsonNode read(Response answer) {
        assertEquals(200, answer.statusCode(), answer.asString());
        try {
            return JSON.readTree(answer.asString());
        } catch (IOException e) {
            throw new AssertionError("not JSON", e);
        }
    }
}
