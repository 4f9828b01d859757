package org.oxpip.referrals.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.oxpip.platform.testing.TestTokens;

/** Small steps through the real API, for tests that need a referral in some state. */
public final class Api {

    private Api() {}

    public static String submitAsPartner(String agency) {
        return given().auth()
                .oauth2(TestTokens.partner(agency))
                .contentType(ContentType.JSON)
                .body(ReferralBodies.partner())
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A staff-entered referral received on the given day, so that later steps can be back-dated. */
    public static String submitAsStaff(LocalDate receivedOn) {
        return given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .contentType(ContentType.JSON)
                .body(ReferralBodies.staffSelfReferral(receivedOn))
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String etag(String id) {
        return given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/referrals/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    public static ValidatableResponse transition(String id, String ifMatch, Map<String, Object> body) {
        var request = given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .contentType(ContentType.JSON)
                .body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/referrals/{id}/transitions", id).then();
    }

    /** Moves a referral on with a fresh ETag; returns the response for further checks. */
    public static ExtractableResponse<Response> move(String id, String to, LocalDate on, String closureReason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (on != null) {
            body.put("effectiveDate", on.toString());
        }
        if (to.equals("DECLINED") || to.equals("REDIRECTED")) {
            body.put("reason", "Needs a service closer to home");
        }
        if (closureReason != null) {
            body.put("closureReason", closureReason);
        }
        return transition(id, etag(id), body).statusCode(200).extract();
    }
}
