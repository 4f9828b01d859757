package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.stack.DemoRealm;
import org.oxpip.stack.LocalStack;

/** Each service accepts a real Keycloak token with the right role and refuses the rest. */
@ExtendWith(RunningStack.class)
class AuthSystemTest {

    private static String url(String service, String path) {
        LocalStack stack = RunningStack.stack();
        String base = switch (service) {
            case "referrals" -> stack.referralsUrl();
            case "outcomes" -> stack.outcomesUrl();
            case "reporting" -> stack.reportingUrl();
            default -> throw new IllegalArgumentException(service);
        };
        return base + path;
    }

    private static String token(String who) {
        return switch (who) {
            case "partner-agency-a" -> Tokens.partnerA();
            case "clinician" -> Tokens.user(DemoRealm.CLINICIAN);
            case "manager" -> Tokens.user(DemoRealm.MANAGER);
            case "funder" -> Tokens.user(DemoRealm.FUNDER);
            case "admin" -> Tokens.user(DemoRealm.ADMIN);
            case "reporting-service" -> Tokens.client(DemoRealm.REPORTING_SERVICE);
            case "outcomes-service" -> Tokens.client(DemoRealm.OUTCOMES_SERVICE);
            default -> throw new IllegalArgumentException(who);
        };
    }

    @ParameterizedTest(name = "{1} GET {0} {2}: {3}")
    @CsvSource({
        "referrals, partner-agency-a,  /api/v1/referrals,        200",
        "referrals, clinician,         /api/v1/referrals,        200",
        "referrals, funder,            /api/v1/referrals,        403",
        "referrals, reporting-service, /api/v1/feed/referrals,   200",
        "referrals, clinician,         /api/v1/feed/referrals,   403",
        "outcomes,  clinician,         /api/v1/instruments,      200",
        "outcomes,  manager,           /api/v1/instruments,      200",
        "outcomes,  partner-agency-a,  /api/v1/instruments,      403",
        "outcomes,  funder,            /api/v1/instruments,      403",
        "reporting, manager,           /api/v1/sync/status,      200",
        "reporting, admin,             /api/v1/sync/status,      200",
        "reporting, clinician,         /api/v1/sync/status,      403",
        "reporting, outcomes-service,  /api/v1/sync/status,      403",
    })
    void realTokensShouldBeJudgedByRole(String service, String who, String path, int status) {
        given().auth().oauth2(token(who)).when().get(url(service, path)).then().statusCode(status);
    }

    @ParameterizedTest(name = "{0} {1} without a valid token: 401")
    @CsvSource({"referrals, /api/v1/referrals", "outcomes, /api/v1/instruments", "reporting, /api/v1/sync/status"})
    void missingOrForgedTokensShouldBeRefused(String service, String path) {
        given().when().get(url(service, path)).then().statusCode(401);
        given().auth().oauth2("garbage").when().get(url(service, path)).then().statusCode(401);
        String real = Tokens.user(DemoRealm.ADMIN);
        String forged = real.substring(0, real.lastIndexOf('.') + 1) + "Zm9yZ2Vk";
        given().auth().oauth2(forged).when().get(url(service, path)).then().statusCode(401);
    }

    @Test
    void outcomesServiceShouldAskReferralsServiceWithItsOwnServiceAccount() {
        String id = given().auth()
                .oauth2(Tokens.partnerA())
                .contentType("application/json")
                .body(Families.partnerReferral())
                .when()
                .post(url("referrals", "/api/v1/referrals"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // outcomes-service fetches its own token from Keycloak and referrals-service accepts it:
        // a known referral answers 200, an unknown one 404 (a refused token would be 503).
        given().auth()
                .oauth2(Tokens.clinician())
                .when()
                .get(url("outcomes", "/api/v1/referrals/" + id + "/assessments"))
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().auth()
                .oauth2(Tokens.clinician())
                .when()
                .get(url("outcomes", "/api/v1/referrals/" + UUID.randomUUID() + "/assessments"))
                .then()
                .statusCode(404);
    }
}
