package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Therapy sessions through referrals-service's public API (issue 17). */
final class Sessions {

    private Sessions() {}

    /** A valid session body; the note is free text that must never leave referrals-service. */
    static Map<String, Object> body(LocalDate date, String attendance, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date.toString());
        body.put("durationMinutes", 60);
        body.put("kind", "PARENT_INFANT");
        body.put("setting", "HOME");
        body.put("attendance", attendance);
        body.put("attendees", List.of("PARENT_1", "BABY"));
        body.put("note", note);
        return body;
    }

    /** A clinician records a session; answers its id (201 expected). */
    static String record(String referralId, LocalDate date, String attendance, String note) {
        return given().auth()
                .oauth2(Tokens.clinician())
                .contentType("application/json")
                .body(body(date, attendance, note))
                .when()
                .post(Referrals.url("/referrals/" + referralId + "/sessions"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
