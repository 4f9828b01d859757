package org.oxpip.outcomes.outcome;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oxpip.outcomes.testing.Api.as;
import static org.oxpip.outcomes.testing.Api.measure;
import static org.oxpip.outcomes.testing.Api.recorded;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;

/** GET /api/v1/referrals/{id}/outcomes over real recorded measures (the rules themselves: the plain tests beside this). */
@QuarkusTest
class OutcomeResourceTest {

    private static final String OUTCOMES = "/api/v1/referrals/{id}/outcomes";

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void closeTheCircuit() {
        circuitBreakers.resetAll();
    }

    @Test
    void shouldWorkOutAFamilysOutcomes() {
        UUID family = ReferralsStub.referral("CLOSED");
        // PARENT_1: PHQ-9 16 -> 9 (reliable recovery), GAD-7 9 -> 10 (worse, not reliably)
        recorded(measure(family, "PHQ9", "BASELINE", "PARENT_1", "2024-02-01", 2, 2, 2, 2, 2, 2, 2, 2, 0));
        recorded(measure(family, "PHQ9", "END", "PARENT_1", "2024-06-01", 1, 1, 1, 1, 1, 1, 1, 2, 0));
        recorded(measure(family, "PHQ9", "FOLLOW_UP", "PARENT_1", "2024-09-01", 3, 3, 3, 3, 3, 3, 3, 3, 0));
        recorded(measure(family, "GAD7", "BASELINE", "PARENT_1", "2024-02-01", 3, 3, 3, 0, 0, 0, 0));
        recorded(measure(family, "GAD7", "END", "PARENT_1", "2024-06-01", 3, 3, 3, 1, 0, 0, 0));
        // PIRGAS: the PARENT_1 dyad has one rating only, so the PARENT_2 dyad's 35 -> 50 counts
        recorded(measure(family, "PIRGAS", "BASELINE", "PARENT_1", "2024-02-01", 30));
        recorded(measure(family, "PIRGAS", "BASELINE", "PARENT_2", "2024-02-01", 35));
        recorded(measure(family, "PIRGAS", "END", "PARENT_2", "2024-06-01", 50));
        // Deleted as entered in error: left out
        String wrong = recorded(measure(family, "PHQ9", "REVIEW", "PARENT_1", "2024-04-01", 3, 3, 3, 3, 3, 3, 3, 3, 0));
        as("clinician")
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "wrong family"))
                .when()
                .delete("/api/v1/assessments/{id}", wrong)
                .then()
                .statusCode(204);
        recorded(measure(family, "SATISFACTION", "END", "PARENT_1", "2024-06-01", 1, 5, 5, 5));

        as("manager")
                .when()
                .get(OUTCOMES, family)
                .then()
                .statusCode(200)
                .body("referralId", equalTo(family.toString()))
                .body("measures.instrument", contains("PHQ9", "GAD7", "PIRGAS", "PIRGAS"))
                .body("measures[0].respondent", equalTo("PARENT_1"))
                .body("measures[0].scores.total", contains(16, 9, 24))
                .body("measures[0].paired", equalTo(true))
                .body("measures[0].baseline.total", equalTo(16))
                .body("measures[0].final.total", equalTo(9))
                .body("measures[0].final.timepoint", equalTo("END"))
                .body("measures[0].change", equalTo(-7))
                .body("measures[0].reliableImprovement", equalTo(true))
                .body("measures[0].casenessAtBaseline", equalTo(true))
                .body("measures[0].casenessAtFinal", equalTo(false))
                .body("measures[0].recovered", equalTo(true))
                .body("measures[0].reliableRecovery", equalTo(true))
                .body("measures[1].change", equalTo(1))
                .body("measures[1].reliableDeterioration", equalTo(false))
                .body("parentMentalHealth", hasSize(1))
                .body("parentMentalHealth[0].respondent", equalTo("PARENT_1"))
                .body("parentMentalHealth[0].measures", contains("PHQ9", "GAD7"))
                .body("parentMentalHealth[0].improved", equalTo(true))
                .body("parentMentalHealth[0].reliableImprovement", equalTo(true))
                .body("parentMentalHealth[0].casenessAtFinal", equalTo(true))
                .body("parentMentalHealth[0].recovered", equalTo(false))
                .body("measures[2].respondent", equalTo("PARENT_1"))
                .body("measures[2].paired", equalTo(false))
                .body("measures[2].improved", nullValue())
                .body("familyPirgas.respondent", equalTo("PARENT_2"))
                .body("familyPirgas.change", equalTo(15))
                .body("familyPirgas.meaningfulImprovement", equalTo(true))
                .body("satisfaction.band", contains("positive"));
        assertEquals(
                1,
                Rows.count("SELECT count(*) FROM audit_entry WHERE record_id = '" + family
                        + "' AND action = 'READ_OUTCOMES' AND actor = 'manager'"));
    }

    @Test
    void shouldAnswerWithNoMeasuresForAFamilyWithoutScores() {
        as("clinician")
                .when()
                .get(OUTCOMES, ReferralsStub.referral("ACCEPTED"))
                .then()
                .statusCode(200)
                .body("measures", hasSize(0))
                .body("parentMentalHealth", hasSize(0))
                .body("familyPirgas", nullValue());
    }

    @Test
    void shouldAnswerNotFoundOrUnavailableAsReferralsServiceDoes() {
        as("clinician")
                .when()
                .get(OUTCOMES, ReferralsStub.unknownReferral())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as("clinician")
                .when()
                .get(OUTCOMES, ReferralsStub.UNREACHABLE)
                .then()
                .statusCode(503)
                .header("Retry-After", equalTo("10"));
    }

    @ParameterizedTest(name = "{0} reads a family's outcomes: {1}")
    @CsvSource({
        "clinician,200",
        "manager,200",
        "admin,403",
        "funder,403",
        "referrer,403",
        "referral-reader,403",
        "feed-reader,403"
    })
    void shouldFollowTheRoleMatrix(String role, int status) {
        as(role).when().get(OUTCOMES, ReferralsStub.referral("ACCEPTED")).then().statusCode(status);
    }

    @Test
    void shouldRefuseAMissingToken() {
        given().when().get(OUTCOMES, ReferralsStub.referral("ACCEPTED")).then().statusCode(401);
    }
}
