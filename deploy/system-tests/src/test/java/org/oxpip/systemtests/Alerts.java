package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** outcomes-service's risk alerts, as a clinician lists them. */
final class Alerts {

    private Alerts() {}

    static Map<String, Object> find(String status, String assessmentId) {
        Map<String, Object> alert = findOrNull(status, assessmentId);
        assertNotNull(alert, "a " + status + " alert for assessment " + assessmentId);
        return alert;
    }

    /** Pages through the alerts with this status for the one raised by the assessment. */
    static Map<String, Object> findOrNull(String status, String assessmentId) {
        for (int page = 0; ; page++) {
            JsonPath json = given().auth()
                    .oauth2(Tokens.clinician())
                    .queryParam("status", status)
                    .queryParam("page", page)
                    .queryParam("size", 100)
                    .when()
                    .get(Measures.url("/alerts"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            for (Map<String, Object> alert : items) {
                if (assessmentId.equals(alert.get("assessmentId"))) {
                    return alert;
                }
            }
            if (items.isEmpty() || (long) (page + 1) * 100 >= json.getLong("totalItems")) {
                return null;
            }
        }
    }
}
