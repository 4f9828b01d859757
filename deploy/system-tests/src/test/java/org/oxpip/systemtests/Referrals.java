package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** referrals-service through its public API: submitting referrals and moving them through the workflow. */
final class Referrals {

    private Referrals() {}

    static String url(String path) {
        return RunningStack.stack().referralsUrl() + "/api/v1" + path;
    }

    /** Submits a referral and answers its id (201 expected). */
    static String submit(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .when()
                .post(url("/referrals"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A partner agency A referral of a new family, received today. */
    static String fromAgencyA() {
        return submit(Tokens.partnerA(), Families.partnerReferral());
    }

    /** A partner agency A referral of a new family, accepted by a clinician today. */
    static String fromAgencyAAccepted() {
        String id = fromAgencyA();
        move(id, "ACCEPTED");
        return id;
    }

    static String etag(String id) {
        return given().auth()
                .oauth2(Tokens.clinician())
                .when()
                .get(url("/referrals/" + id))
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** A clinician moves the referral on, dated today. */
    static void move(String id, String to) {
        move(id, to, null, null);
    }

    /**
     * A clinician moves the referral on; {@code effectiveDate} null means today. DECLINED and REDIRECTED get a
     * reason, CLOSED gets {@code closureReason}.
     */
    static void move(String id, String to, LocalDate effectiveDate, String closureReason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        if (effectiveDate != null) {
            body.put("effectiveDate", effectiveDate.toString());
        }
        if (to.equals("DECLINED") || to.equals("REDIRECTED")) {
            body.put("reason", "Another service suits the family better");
        }
        if (closureReason != null) {
            body.put("closureReason", closureReason);
        }
        given().auth()
                .oauth2(Tokens.clinician())
                .header("If-Match", etag(id))
                .contentType("application/json")
                .body(body)
                .when()
                .post(url("/referrals/" + id + "/transitions"))
                .then()
                .statusCode(200)
                .body("status", equalTo(to));
    }
}
