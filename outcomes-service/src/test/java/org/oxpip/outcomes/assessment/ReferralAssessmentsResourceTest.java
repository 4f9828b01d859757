package org.oxpip.outcomes.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.platform.testing.TestTokens;

@QuarkusTest
class ReferralAssessmentsResourceTest {

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void closeTheCircuit() {
        // The unreachable-referrals test may open the breaker; other tests expect referrals-service up.
        circuitBreakers.resetAll();
    }

    private static final String PATH = "/api/v1/referrals/{id}/assessments";

    @ParameterizedTest(name = "{0} lists a family's assessments: {1}")
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
        given().auth()
                .oauth2(TestTokens.staff(role))
                .when()
                .get(PATH, ReferralsStub.ACCEPTED)
                .then()
                .statusCode(status);
    }

    @Test
    void shouldRefuseAMissingToken() {
        given().when().get(PATH, ReferralsStub.ACCEPTED).then().statusCode(401);
    }

    @Test
    void shouldAskReferralsServiceWithItsOwnToken() {
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get(PATH, ReferralsStub.ACCEPTED)
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void shouldAnswerNotFoundForAReferralReferralsServiceDoesNotKnow() {
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get(PATH, UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerServiceUnavailableWhenReferralsServiceCannotBeReached() {
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get(PATH, ReferralsStub.UNREACHABLE)
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("10"));
    }
}
