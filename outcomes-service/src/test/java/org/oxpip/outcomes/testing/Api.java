package org.oxpip.outcomes.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oxpip.platform.testing.TestTokens;

/** Requests as the people and services that call us make them. */
public final class Api {

    /** Every realm role (docs/design.md, security model), for role matrices. */
    public static final List<String> ROLES =
            List.of("referrer", "clinician", "manager", "funder", "admin", "referral-reader", "feed-reader");

    public static final String ASSESSMENTS = "/api/v1/assessments";
    public static final String ASSESSMENT = "/api/v1/assessments/{id}";

    private Api() {}

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.staff(role)).contentType(ContentType.JSON);
    }

    /** A measure's JSON body, field by field as the contract names them. */
    public static Map<String, Object> measure(
            UUID referralId,
            String instrument,
            String timepoint,
            String respondent,
            String completedOn,
            int... answers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("referralId", referralId.toString());
        body.put("instrument", instrument);
        body.put("timepoint", timepoint);
        body.put("respondent", respondent);
        body.put("completedOn", completedOn);
        body.put("answers", Arrays.stream(answers).boxed().toList());
        return body;
    }

    /** PHQ-9 at baseline for PARENT_1: total 10, moderate, item 9 at 0. */
    public static Map<String, Object> phq9(UUID referralId) {
        return measure(referralId, "PHQ9", "BASELINE", "PARENT_1", "2024-12-10", 0, 1, 2, 3, 1, 0, 2, 1, 0);
    }

    public static ValidatableResponse record(Map<String, Object> body) {
        return as("clinician").body(body).when().post(ASSESSMENTS).then();
    }

    /** Records a measure that must be accepted, and gives its id. */
    public static String recorded(Map<String, Object> body) {
        return record(body).statusCode(201).extract().path("id");
    }

    public static Map<String, Object> correction(String timepoint, String completedOn, String reason, int... answers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("timepoint", timepoint);
        body.put("respondent", "PARENT_1");
        body.put("completedOn", completedOn);
        body.put("answers", Arrays.stream(answers).boxed().toList());
        body.put("reason", reason);
        return body;
    }
}
