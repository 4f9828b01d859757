package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oxpip.stack.DemoRealm;

/** Parents' feedback through outcomes-service's API: questionnaires with consent, and a manager's quotes. */
final class Feedback {

    static final String QUOTABLE = "QUOTE_ANONYMOUSLY";
    static final String STREAM = "DIDCOT_POWERHOUSE";

    private Feedback() {}

    /** A satisfaction questionnaire for PARENT_1 today, very good, with these comments and consent. */
    static JsonPath record(String referralId, String consent, String comments) {
        Map<String, Object> body = body(referralId, consent, comments);
        return given().auth()
                .oauth2(Tokens.clinician())
                .contentType("application/json")
                .body(body)
                .when()
                .post(Measures.url("/assessments"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static Map<String, Object> body(String referralId, String consent, String comments) {
        Map<String, Object> body = new LinkedHashMap<>(
                Measures.body(referralId, "SATISFACTION", "END", Families.today(), List.of(1, 5, 5, 5)));
        body.put("comments", comments);
        if (consent != null) {
            body.put("commentsConsent", consent);
            body.put("commentsConsentDate", Families.today().toString());
        }
        return body;
    }

    /** A quote's body: the demo funder's stream and this text. */
    static Map<String, Object> quote(String text) {
        return Map.of("fundingStreams", List.of(STREAM), "text", text);
    }

    /** The manager approves this feedback as a quote with this text; gives the quote. */
    static JsonPath approve(String feedbackId, String text) {
        return given().auth()
                .oauth2(Tokens.user(DemoRealm.MANAGER))
                .contentType("application/json")
                .body(quote(text))
                .when()
                .post(Measures.url("/feedback/" + feedbackId + "/quote"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }
}
