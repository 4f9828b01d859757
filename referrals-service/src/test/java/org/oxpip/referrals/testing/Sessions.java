package org.oxpip.referrals.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oxpip.platform.testing.TestTokens;

/** Sessions through the real API, for tests. The note names the made-up family, so a leak is findable. */
public final class Sessions {

    public static final String NOTE = "Home visit; " + ReferralBodies.GIVEN_NAME + " Quillfeather-Note settled baby";

    private Sessions() {}

    public static Map<String, Object> body(LocalDate date, String attendance) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date.toString());
        body.put("durationMinutes", 60);
        body.put("kind", "PARENT_INFANT");
        body.put("setting", "HOME");
        body.put("attendance", attendance);
        body.put("attendees", new ArrayList<>(List.of("PARENT_1", "BABY")));
        body.put("note", NOTE);
        return body;
    }

    public static ValidatableResponse post(String referralId, Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals/{id}/sessions", referralId)
                .then();
    }

    public static String record(String referralId, LocalDate date, String attendance) {
        return post(referralId, body(date, attendance))
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A staff referral received on the given day, accepted and put on the waiting list that day. */
    public static String waiting(LocalDate receivedOn) {
        String id = Api.submitAsStaff(receivedOn);
        Api.move(id, "ACCEPTED", receivedOn, null);
        Api.move(id, "WAITING", receivedOn, null);
        return id;
    }

    /** The facts of the referral's latest feed item, as stored. */
    public static String latestFacts(String referralId) {
        return Database.text("SELECT facts::text FROM referral_change WHERE referral_id = '" + referralId
                + "' ORDER BY position DESC LIMIT 1");
    }

    public static long audited(String referralId, String action) {
        return Database.count("SELECT count(*) FROM audit_entry WHERE referral_id = '" + referralId + "' AND action = '"
                + action + "'");
    }
}
