package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 3's story with real tokens: agency A submits and retries, agency B sees nothing of it, a
 * clinician takes the family through the whole workflow.
 */
@ExtendWith(RunningStack.class)
class ReferralFlowSystemTest {

    private static String referrals(String path) {
        return RunningStack.stack().referralsUrl() + "/api/v1/referrals" + path;
    }

    @Test
    void agencyShouldSubmitRetrySafelyAndKeepItsReferralToItself() {
        String key = "partner-system-" + System.nanoTime();
        Map<String, Object> body = Families.partnerReferral();
        String id = given().auth()
                .oauth2(Tokens.partnerA())
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .when()
                .post(referrals(""))
                .then()
                .statusCode(201)
                .body("agencyId", equalTo("agency-a"))
                .body("area", equalTo("OX11"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(Tokens.partnerA())
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .when()
                .post(referrals(""))
                .then()
                .statusCode(200)
                .body("id", equalTo(id));

        given().auth()
                .oauth2(Tokens.partnerB())
                .when()
                .get(referrals("/" + id))
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.partnerB())
                .when()
                .get(referrals("/" + id + "/history"))
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.partnerB())
                .queryParam("size", 100)
                .when()
                .get(referrals(""))
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(Tokens.partnerA())
                .queryParam("size", 100)
                .when()
                .get(referrals(""))
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void clinicianShouldTakeAFamilyThroughTheWholeWorkflow() {
        String id = given().auth()
                .oauth2(Tokens.partnerA())
                .contentType("application/json")
                .body(Families.partnerReferral())
                .when()
                .post(referrals(""))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        move(id, "ACCEPTED", null);
        move(id, "WAITING", null);
        move(id, "IN_THERAPY", null);
        move(id, "CLOSED", "COMPLETED").path("status");
        given().auth()
                .oauth2(Tokens.clinician())
                .when()
                .get(referrals("/" + id + "/history"))
                .then()
                .statusCode(200)
                .body("to", contains("RECEIVED", "ACCEPTED", "WAITING", "IN_THERAPY", "CLOSED"))
                .body("actor[1]", equalTo("clinician"));
        given().auth()
                .oauth2(Tokens.partnerA())
                .when()
                .get(referrals("/" + id))
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    private static ExtractableResponse<Response> move(String id, String to, String closureReason) {
        String etag = given().auth()
                .oauth2(Tokens.clinician())
                .when()
                .get(referrals("/" + id))
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (closureReason != null) {
            body.put("closureReason", closureReason);
        }
        return given().auth()
                .oauth2(Tokens.clinician())
                .header("If-Match", etag)
                .contentType("application/json")
                .body(body)
                .when()
                .post(referrals("/" + id + "/transitions"))
                .then()
                .statusCode(200)
                .body("status", equalTo(to))
                .extract();
    }
}
