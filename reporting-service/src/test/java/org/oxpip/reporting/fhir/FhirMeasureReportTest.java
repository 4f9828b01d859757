package org.oxpip.reporting.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.platform.fhir.Fhir;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.platform.testing.fhir.FhirValidation;
import org.oxpip.reporting.report.CohortLoader;
import org.oxpip.reporting.testing.FeedsStub;

/**
 * The MeasureReport against the JSON summary report of the same period and stream, on the test cohort (TestCohort):
 * every rate group carries exactly the JSON figure's numerator, denominator and percent, and a suppressed figure no
 * number at all. Every resource passes HAPI's R4 validator.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class FhirMeasureReportTest {

    private static final String DIDCOT = "DIDCOT_POWERHOUSE";
    private static final String REPORT = "/fhir/r4/MeasureReport";

    @ConfigProperty(name = "quarkus.rest-client.referrals.url")
    String upstreamUrl;

    private static boolean loaded;
    private static FhirValidation validation;

    @BeforeEach
    void loadTheCohortThroughTheFeeds() {
        if (!loaded) {
            CohortLoader.load(upstreamUrl);
            loaded = true;
        }
    }

    private FhirValidation validator() {
        if (validation == null) {
            Response measure =
                    given().auth().oauth2(TestTokens.staff("manager")).get("/fhir/r4/Measure/summary");
            validation = FhirValidation.r4(Fhir.context(), List.of(parse(Measure.class, measure)));
        }
        return validation;
    }

    @Test
    void shouldGiveManagersTheJsonReportsExactFigures() {
        String token = TestTokens.staff("manager");
        MeasureReport report = report(token, "2024-01-01/2024-12-31", null);
        JsonPath json = summary(token, "from=2024-01-01&to=2024-12-31");
        assertSameFigures(report, json);
        assertThat(report.getType(), equalTo(MeasureReport.MeasureReportType.SUMMARY));
        assertThat(report.getPeriod().getStartElement().getValueAsString(), equalTo("2024-01-01"));
        MeasureReportGroupComponent pirgas = group(report, "outcomes.pirgasFamiliesImproved");
        assertThat(pirgas.getPopulation(), hasSize(2));
    }

    @Test
    void shouldSuppressForFundersWithoutANumberInTheResource() {
        String token = TestTokens.funder(DIDCOT);
        String body = given().auth()
                .oauth2(token)
                .queryParam("period", "2024-01-01/2024-12-31")
                .get(REPORT)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        MeasureReport report = (MeasureReport) Fhir.context()
                .newJsonParser()
                .parseResource(Bundle.class, body)
                .getEntryFirstRep()
                .getResource();
        JsonPath json = summary(token, "from=2024-01-01&to=2024-12-31");
        assertThat(json.getString("disclosure"), equalTo("default"));
        int hidden = assertSameFigures(report, json);
        assertThat("the cohort has figures a funder may not see", hidden, greaterThan(0));
        assertThat(report.getText().getDivAsString(), containsString("suppressed"));
        assertThat(validator().errors(body), empty());
    }

    @Test
    void shouldValidateTheMeasureAndTheCapabilityStatement() {
        String token = TestTokens.staff("manager");
        Bundle measures = parse(Bundle.class, given().auth().oauth2(token).get("/fhir/r4/Measure"));
        Measure measure = (Measure) measures.getEntryFirstRep().getResource();
        assertThat(measure.getUrl(), equalTo(SummaryMeasure.URL));
        assertThat(group(measure, "outcomes.parentsMentalHealthImproved"), notNullValue());
        assertThat(validator().errors(measures), empty());
        CapabilityStatement cs =
                parse(CapabilityStatement.class, given().auth().oauth2(token).get("/fhir/r4/metadata"));
        assertThat(
                cs.getRestFirstRep().getResource().stream()
                        .map(r -> r.getType())
                        .toList(),
                equalTo(List.of("MeasureReport", "Measure")));
        assertThat(validator().errors(cs), empty());
        Response missing = given().auth().oauth2(token).get("/fhir/r4/Measure/other");
        assertThat(missing.statusCode(), equalTo(404));
        assertThat(outcome(missing).getIssueFirstRep().getCode(), equalTo(OperationOutcome.IssueType.NOTFOUND));
    }

    @ParameterizedTest(name = "{0} asks for the MeasureReport: {1}")
    @CsvSource({"manager,200", "funder,200", "clinician,403", "admin,403", "referrer,403", "feed-reader,403"})
    void shouldFollowTheRoleMatrix(String role, int status) {
        String token = role.equals("funder") ? TestTokens.funder(DIDCOT) : TestTokens.staff(role);
        Response answer = given().auth()
                .oauth2(token)
                .queryParam("period", "2024-01-01/2024-12-31")
                .get(REPORT);
        assertThat(answer.statusCode(), equalTo(status));
        assertThat(answer.contentType(), startsWith(Fhir.JSON));
    }

    @Test
    void shouldRefuseAsOperationOutcomesNamingTheParameter() {
        String manager = TestTokens.staff("manager");
        for (String bad : List.of("2024-01-01", "2024-13-01/2024-12-31", "2024-12-31/2024-01-01", "Jane/Smith")) {
            Response answer =
                    given().auth().oauth2(manager).queryParam("period", bad).get(REPORT);
            assertThat(bad, answer.statusCode(), equalTo(400));
            assertThat(answer.asString(), not(containsString("Jane")));
            OperationOutcome outcome = outcome(answer);
            assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue(), equalTo("period"));
            assertThat(validator().errors(outcome), empty());
        }
        assertThat(given().auth().oauth2(manager).get(REPORT).statusCode(), equalTo(400));
        Response notYours = given().auth()
                .oauth2(TestTokens.funder(DIDCOT))
                .queryParam("period", "2024-01-01/2024-12-31")
                .queryParam("fundingStream", "COMMUNITY_GRANT")
                .get(REPORT);
        assertThat(notYours.statusCode(), equalTo(403));
        assertThat(notYours.asString(), not(containsString("COMMUNITY_GRANT")));
        assertThat(outcome(notYours).getIssueFirstRep().getCode(), equalTo(OperationOutcome.IssueType.FORBIDDEN));
        Response partMonth = given().auth()
                .oauth2(TestTokens.funder(DIDCOT))
                .queryParam("period", "2024-01-02/2024-12-31")
                .get(REPORT);
        assertThat(partMonth.statusCode(), equalTo(422));
        outcome(partMonth);
        Response anonymous =
                given().queryParam("period", "2024-01-01/2024-12-31").get(REPORT);
        assertThat(anonymous.statusCode(), equalTo(401));
        assertThat(outcome(anonymous).getIssueFirstRep().getCode(), equalTo(OperationOutcome.IssueType.LOGIN));
    }

    /** Every rate of the JSON report is a group with the same figures; answers how many are suppressed. */
    private static int assertSameFigures(MeasureReport report, JsonPath json) {
        List<Map<String, Object>> definitions = json.getList("definitions");
        List<String> rates = definitions.stream()
                .map(d -> (String) d.get("figure"))
                .filter(RateFigures::isRate)
                .toList();
        assertThat(rates.size(), greaterThan(10));
        assertThat(report.getGroup(), hasSize(rates.size()));
        int hidden = 0;
        for (String figure : rates) {
            MeasureReportGroupComponent group = group(report, figure);
            IntegerType numerator = group.getPopulation().get(0).getCountElement();
            IntegerType denominator = group.getPopulation().get(1).getCountElement();
            if (json.getBoolean(figure + ".suppressed")) {
                hidden++;
                assertThat(figure, numerator.getValue(), nullValue());
                assertThat(figure, denominator.getValue(), nullValue());
                assertThat(figure, group.getMeasureScore().getValue(), nullValue());
                assertThat(
                        figure, numerator.getExtensionFirstRep().getUrl(), equalTo(SummaryMeasureReport.DATA_ABSENT));
            } else {
                assertThat(figure, numerator.getValue().longValue(), equalTo(json.getLong(figure + ".numerator")));
                assertThat(figure, denominator.getValue().longValue(), equalTo(json.getLong(figure + ".denominator")));
                Object percent = json.get(figure + ".percent");
                if (percent == null) {
                    assertThat(figure, group.hasMeasureScore(), equalTo(false));
                } else {
                    assertThat(
                            figure,
                            group.getMeasureScore().getValue().compareTo(new BigDecimal(percent.toString())),
                            equalTo(0));
                }
            }
        }
        return hidden;
    }

    private MeasureReport report(String token, String period, String stream) {
        var request = given().auth().oauth2(token).queryParam("period", period);
        if (stream != null) {
            request.queryParam("fundingStream", stream);
        }
        Response answer = request.get(REPORT);
        Bundle bundle = parse(Bundle.class, answer);
        assertThat(bundle.getType(), equalTo(Bundle.BundleType.SEARCHSET));
        assertThat(validator().errors(answer.asString()), empty());
        return (MeasureReport) bundle.getEntryFirstRep().getResource();
    }

    private static JsonPath summary(String token, String query) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/reports/summary?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static MeasureReportGroupComponent group(MeasureReport report, String figure) {
        return report.getGroup().stream()
                .filter(g -> figure.equals(g.getCode().getCodingFirstRep().getCode()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group " + figure));
    }

    private static Measure.MeasureGroupComponent group(Measure measure, String figure) {
        return measure.getGroup().stream()
                .filter(g -> figure.equals(g.getCode().getCodingFirstRep().getCode()))
                .findFirst()
                .orElse(null);
    }

    private static <T extends org.hl7.fhir.r4.model.Resource> T parse(Class<T> type, Response answer) {
        assertThat(answer.asString(), answer.statusCode(), equalTo(200));
        assertThat(answer.contentType(), startsWith(Fhir.JSON));
        assertThat(answer.header("Cache-Control"), equalTo("no-store"));
        return Fhir.context().newJsonParser().parseResource(type, answer.asString());
    }

    private static OperationOutcome outcome(Response answer) {
        assertThat(answer.contentType(), startsWith(Fhir.JSON));
        return Fhir.context().newJsonParser().parseResource(OperationOutcome.class, answer.asString());
    }
}
