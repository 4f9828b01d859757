package org.oxpip.outcomes.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.oxpip.outcomes.testing.Api.measure;
import static org.oxpip.outcomes.testing.Api.recorded;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.outcomes.assessment.Assessment;
import org.oxpip.outcomes.assessment.Respondent;
import org.oxpip.outcomes.assessment.Timepoint;
import org.oxpip.outcomes.instrument.InstrumentCatalogue;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.platform.fhir.Fhir;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.platform.testing.fhir.FhirValidation;

/** The FHIR reads through HTTP: shapes, codes, roles, refusals, and every answer through HAPI's R4 validator. */
@QuarkusTest
class FhirResourceTest {

    private static final String QR = "/fhir/r4/QuestionnaireResponse";
    private static final String OBSERVATION = "/fhir/r4/Observation";

    @Inject
    InstrumentCatalogue catalogue;

    private FhirValidation validator() {
        return FhirValidation.r4(
                Fhir.context(), catalogue.all().stream().map(Questionnaires::of).toList());
    }

    @ParameterizedTest(name = "{0} searches a family''s Observations: {1}")
    @CsvSource({
        "clinician,200",
        "manager,200",
        "admin,200",
        "funder,403",
        "referrer,403",
        "referral-reader,403",
        "feed-reader,403"
    })
    void shouldFollowTheRoleMatrix(String role, int status) {
        Response answer = given().auth()
                .oauth2(TestTokens.staff(role))
                .queryParam("based-on", "ServiceRequest/" + ReferralsStub.ACCEPTED)
                .get(OBSERVATION);
        assertThat(answer.statusCode(), equalTo(status));
        assertThat(answer.contentType(), startsWith(Fhir.JSON));
        if (status != 200) {
            assertThat(outcome(answer).getIssueFirstRep().getCode(), equalTo(OperationOutcome.IssueType.FORBIDDEN));
        }
    }

    @Test
    void shouldExportAFamilysMeasuresAsValidFhir() {
        UUID referral = ReferralsStub.referral("IN_THERAPY");
        recorded(measure(referral, "PHQ9", "BASELINE", "PARENT_1", "2024-12-10", 0, 1, 2, 3, 1, 0, 2, 1, 0));
        recorded(measure(referral, "GAD7", "BASELINE", "PARENT_1", "2024-12-10", 1, 1, 1, 1, 1, 1, 1));
        recorded(measure(referral, "EPDS", "BASELINE", "PARENT_2", "2024-12-11", 1, 1, 1, 1, 1, 1, 1, 1, 1, 0));
        recorded(measure(referral, "PIRGAS", "BASELINE", "PARENT_1", "2024-12-12", 55));
        recorded(measure(referral, "SATISFACTION", "END", "PARENT_1", "2025-01-20", 1, 5, 4, 5));
        totalOnly(referral, "PHQ9", 18, "moderately severe");

        Bundle observations = bundle(search(OBSERVATION, referral));
        assertThat(observations.getType(), equalTo(Bundle.BundleType.SEARCHSET));
        // Every measure with a total: PHQ-9, GAD-7, EPDS, PIRGAS and the imported PHQ-9; satisfaction has none.
        assertThat(observations.getTotal(), equalTo(5));
        Observation phq9 = (Observation) observations.getEntry().get(0).getResource();
        assertThat(
                phq9.getCode().getCoding().stream()
                        .map(c -> c.getSystem() + "|" + c.getCode())
                        .toList(),
                contains("http://loinc.org|44261-6", MeasureCodes.MEASURE + "|PHQ9"));
        assertThat(phq9.getValueIntegerType().getValue(), equalTo(10));
        assertThat(phq9.getInterpretationFirstRep().getCodingFirstRep().getCode(), equalTo("PHQ9.moderate"));
        assertThat(phq9.getEffectiveDateTimeType().getValueAsString(), equalTo("2024-12-10"));
        assertThat(phq9.getBasedOnFirstRep().getReference(), equalTo("ServiceRequest/" + referral));
        assertThat(phq9.getSubject().getIdentifier().getValue(), equalTo(referral + "/PARENT_1"));
        Observation pirgas = byCode(observations, "PIRGAS");
        assertThat(pirgas.getCode().getCoding(), hasSize(1)); // no LOINC code for PIRGAS: the local code only
        assertThat(pirgas.getValueIntegerType().getValue(), equalTo(55));
        assertThat(byCode(observations, "EPDS").getCode().getCoding(), hasSize(1));

        Bundle responses = bundle(search(QR, referral));
        assertThat(responses.getTotal(), equalTo(6));
        QuestionnaireResponse first =
                (QuestionnaireResponse) responses.getEntry().get(0).getResource();
        assertThat(first.getQuestionnaire(), equalTo(MeasureCodes.QUESTIONNAIRE + "PHQ9"));
        assertThat(first.getItem(), hasSize(10)); // nine answers and the total
        assertThat(
                first.getItem().get(8).getAnswerFirstRep().getValueIntegerType().getValue(), equalTo(0));
        QuestionnaireResponse imported = responses.getEntry().stream()
                .map(e -> (QuestionnaireResponse) e.getResource())
                .filter(r -> !r.getMeta().getTag().isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(imported.getMeta().getTagFirstRep().getCode(), equalTo(MeasureCodes.TOTAL_ONLY));
        assertThat(imported.getItem(), hasSize(1));
        assertThat(imported.getItem().get(0).getLinkId(), equalTo("total"));

        FhirValidation validator = validator();
        for (Bundle bundle : List.of(observations, responses)) {
            assertThat(validator.errors(bundle), empty());
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                assertThat(entry.getFullUrl(), validator.errors(entry.getResource()), empty());
            }
        }
    }

    @Test
    void shouldPublishEveryInstrumentAsAValidQuestionnaire() {
        Bundle all = bundle(given().auth().oauth2(TestTokens.staff("clinician")).get("/fhir/r4/Questionnaire"));
        assertThat(
                all.getEntry().stream()
                        .map(e -> e.getResource().getIdElement().getIdPart())
                        .toList(),
                contains("PHQ9", "GAD7", "EPDS", "PIRGAS", "SATISFACTION"));
        FhirValidation validator = validator();
        assertThat(validator.errors(all), empty());
        for (String code : List.of("PHQ9", "GAD7", "EPDS", "PIRGAS", "SATISFACTION")) {
            Response one = given().auth().oauth2(TestTokens.staff("manager")).get("/fhir/r4/Questionnaire/" + code);
            assertThat(one.statusCode(), equalTo(200));
            Questionnaire q = Fhir.context().newJsonParser().parseResource(Questionnaire.class, one.asString());
            assertThat(q.getUrl(), equalTo(MeasureCodes.QUESTIONNAIRE + code));
            assertThat(code, validator.errors(one.asString()), empty());
        }
        Response missing = given().auth().oauth2(TestTokens.staff("clinician")).get("/fhir/r4/Questionnaire/CSQ8");
        assertThat(missing.statusCode(), equalTo(404));
        assertThat(outcome(missing).getIssueFirstRep().getCode(), equalTo(OperationOutcome.IssueType.NOTFOUND));
    }

    @Test
    void shouldHaveAValidatorThatCatchesAnInvalidResource() {
        // No status and no code: both are required in R4, so the validator must say so.
        assertThat(validator().errors(new Observation()), not(empty()));
    }

    @Test
    void shouldDescribeExactlyWhatItSupports() {
        Response answer = given().auth().oauth2(TestTokens.staff("clinician")).get("/fhir/r4/metadata");
        assertThat(answer.statusCode(), equalTo(200));
        CapabilityStatement cs =
                Fhir.context().newJsonParser().parseResource(CapabilityStatement.class, answer.asString());
        assertThat(
                cs.getRestFirstRep().getResource().stream()
                        .map(r -> r.getType())
                        .toList(),
                contains("QuestionnaireResponse", "Observation", "Questionnaire"));
        assertThat(validator().errors(cs), empty());
    }

    @Test
    void shouldRefuseAsOperationOutcomesThatNeverRepeatTheValueSent() {
        String sent = "Patient/Jane-Smith-1990";
        Response bad = given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .queryParam("based-on", sent)
                .get(QR);
        assertThat(bad.statusCode(), equalTo(400));
        assertThat(bad.asString(), not(containsString("Jane")));
        assertThat(bad.asString(), not(containsString("Smith")));
        OperationOutcome outcome = outcome(bad);
        assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue(), equalTo("based-on"));
        assertThat(validator().errors(outcome), empty());

        Response none = given().auth().oauth2(TestTokens.staff("clinician")).get(OBSERVATION);
        assertThat(none.statusCode(), equalTo(400));
        outcome(none);

        Response unknown = search(QR, ReferralsStub.unknownReferral());
        assertThat(unknown.statusCode(), equalTo(404));
        assertThat(outcome(unknown).getIssueFirstRep().getCode(), equalTo(OperationOutcome.IssueType.NOTFOUND));

        Response anonymous = given().queryParam("based-on", "ServiceRequest/" + ReferralsStub.ACCEPTED)
                .get(OBSERVATION);
        assertThat(anonymous.statusCode(), equalTo(401));
        assertThat(outcome(anonymous).getIssueFirstRep().getCode(), equalTo(OperationOutcome.IssueType.LOGIN));
    }

    private static Response search(String path, UUID referral) {
        return given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .queryParam("based-on", "ServiceRequest/" + referral)
                .get(path);
    }

    private static Bundle bundle(Response answer) {
        assertThat(answer.asString(), answer.statusCode(), equalTo(200));
        assertThat("families' measures are never cached", answer.header("Cache-Control"), equalTo("no-store"));
        assertThat(answer.contentType(), startsWith(Fhir.JSON));
        return Fhir.context().newJsonParser().parseResource(Bundle.class, answer.asString());
    }

    private static OperationOutcome outcome(Response answer) {
        assertThat(answer.contentType(), startsWith(Fhir.JSON));
        return Fhir.context().newJsonParser().parseResource(OperationOutcome.class, answer.asString());
    }

    private static Observation byCode(Bundle bundle, String code) {
        return bundle.getEntry().stream()
                .map(e -> (Observation) e.getResource())
                .filter(o -> o.getCode().getCoding().stream().anyMatch(c -> code.equals(c.getCode())))
                .findFirst()
                .orElseThrow();
    }

    private static void totalOnly(UUID referral, String instrument, int total, String band) {
        QuarkusTransaction.requiringNew()
                .run(() -> Assessment.totalOnly(
                                referral,
                                instrument,
                                Timepoint.END,
                                Respondent.PARENT_1,
                                LocalDate.of(2025, 2, 1),
                                total,
                                band,
                                "import",
                                Instant.now())
                        .persist());
    }
}
