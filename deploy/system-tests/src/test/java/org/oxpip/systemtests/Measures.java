package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** outcomes-service through its public API: a clinician recording measures. */
final class Measures {

    private Measures() {}

    static String url(String path) {
        return RunningStack.stack().outcomesUrl() + "/api/v1" + path;
    }

    static Map<String, Object> body(
            String referralId, String instrument, String timepoint, LocalDate completedOn, List<Integer> answers) {
        return Map.of(
                "referralId",
                referralId,
                "instrument",
                instrument,
                "timepoint",
                timepoint,
                "respondent",
                "PARENT_1",
                "completedOn",
                completedOn.toString(),
                "answers",
                answers);
    }

    /**
     * Records a measure for PARENT_1 (201 expected) and answers the response. A 503 (outcomes-service could not
     * ask referrals-service just then, nothing stored) is tried again after its Retry-After, as the frontend
     * would; on this busy machine that happens now and then.
     */
    static JsonPath record(
            String referralId, String instrument, String timepoint, LocalDate completedOn, List<Integer> answers) {
        for (int attempt = 1; ; attempt++) {
            Response response = given().auth()
                    .oauth2(Tokens.clinician())
                    .contentType("application/json")
                    .body(body(referralId, instrument, timepoint, completedOn, answers))
                    .when()
                    .post(url("/assessments"));
            if (response.statusCode() == 503 && attempt < 3) {
                System.out.println("outcomes-service answered 503 (" + response.asString() + "); trying again");
                sleepSeconds(Integer.parseInt(response.header("Retry-After")));
                continue;
            }
            return response.then().statusCode(201).extract().jsonPath();
        }
    }

    private static void sleepSeconds(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** PHQ-9 answers adding up to {@code total}, item 9 (self-harm) left at 0. */
    static List<Integer> phq9(int total) {
        return spread(total, 9, 8);
    }

    /** GAD-7 answers adding up to {@code total}. */
    static List<Integer> gad7(int total) {
        return spread(total, 7, 7);
    }

    static List<Integer> pirgas(int rating) {
        return List.of(rating);
    }

    /** {@code items} answers of 0-3 adding up to {@code total}, using only the first {@code usable} items. */
    private static List<Integer> spread(int total, int items, int usable) {
        if (total < 0 || total > 3 * usable) {
            throw new IllegalArgumentException("total " + total + " cannot be spread over " + usable + " items");
        }
        List<Integer> answers = new ArrayList<>(Collections.nCopies(items, 0));
        int left = total;
        for (int i = 0; i < usable && left > 0; i++) {
            int a = Math.min(3, left);
            answers.set(i, a);
            left -= a;
        }
        return answers;
    }
}
