package org.oxpip.outcomes.instrument;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oxpip.outcomes.testing.Api.as;
import static org.oxpip.outcomes.testing.Api.measure;
import static org.oxpip.outcomes.testing.Api.record;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;

/**
 * The EPDS as a form renders it: each item's printed answers, top to bottom, with the score the scoring key gives
 * each one (Cox, Holden and Sagovsky 1987: items 1, 2 and 4 score 0-1-2-3 down the page, items 3 and 5-10 score
 * 3-2-1-0). A client that sent an answer's position instead of its score would turn "Yes, quite often" to item 10
 * (thoughts of harming oneself) into a 0 and raise no alert; with the scores served here it sends 3.
 */
@QuarkusTest
class EpdsFormTest {

    @ParameterizedTest(name = "item {0}: first printed answer \"{1}\" scores {2}, the last scores {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                " 1 | As much as I always could                                  | 0 | 3",
                " 2 | As much as I ever did                                      | 0 | 3",
                " 3 | Yes, most of the time                                      | 3 | 0",
                " 4 | No, not at all                                             | 0 | 3",
                " 5 | Yes, quite a lot                                           | 3 | 0",
                " 6 | Yes, most of the time I haven't been able to cope at all   | 3 | 0",
                " 7 | Yes, most of the time                                      | 3 | 0",
                " 8 | Yes, most of the time                                      | 3 | 0",
                " 9 | Yes, most of the time                                      | 3 | 0",
                "10 | Yes, quite often                                           | 3 | 0",
            })
    void eachItemShouldCarryItsPrintedAnswersWithTheirScores(int item, String first, int firstScore, int lastScore) {
        List<Map<String, Object>> options = epds().getList("items.find { it.number == " + item + " }.options");
        assertEquals(4, options.size(), "four printed answers");
        assertEquals(first, options.get(0).get("label"));
        assertEquals(firstScore, options.get(0).get("score"));
        assertEquals(lastScore, options.get(3).get("score"));
        List<Integer> scores = new ArrayList<>(
                options.stream().map(o -> (Integer) o.get("score")).toList());
        Collections.sort(scores);
        assertEquals(List.of(0, 1, 2, 3), scores, "each score once");
    }

    @Test
    void theTopAnswerToItemTenShouldScoreThreeAndRaiseAnAlert() {
        Map<String, Object> top = epds().getMap("items.find { it.number == 10 }.options[0]");
        assertEquals("Yes, quite often", top.get("label"));
        List<Integer> answers = new ArrayList<>(Collections.nCopies(10, 0));
        answers.set(9, (Integer) top.get("score"));
        UUID referral = ReferralsStub.referral("IN_THERAPY");
        String id = record(measure(
                        referral,
                        "EPDS",
                        "BASELINE",
                        "PARENT_1",
                        "2024-12-10",
                        answers.stream().mapToInt(Integer::intValue).toArray()))
                .statusCode(201)
                .body("total", equalTo(3))
                .body("riskFlag", equalTo(true))
                .body("alertRaised", equalTo(true))
                .extract()
                .path("id");
        assertEquals(
                1,
                Rows.count("SELECT count(*) FROM risk_alert WHERE assessment_id = '" + id
                        + "' AND status = 'OPEN' AND risk_items = '{10}'"));
    }

    @Test
    void instrumentsWhoseScoresFollowTheOrderShouldNeedNoOptions() {
        JsonPath phq9 = as("clinician")
                .when()
                .get("/api/v1/instruments/PHQ9")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(), phq9.getList("items[8].options"));
        assertEquals(
                List.of("Not at all", "Several days", "More than half the days", "Nearly every day"),
                phq9.getList("answerLabels"),
                "PHQ-9's answers score 0-3 in the order printed");
    }

    private static JsonPath epds() {
        return as("clinician")
                .when()
                .get("/api/v1/instruments/EPDS")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
