package org.oxpip.outcomes.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.outcomes.testing.Api.as;
import static org.oxpip.outcomes.testing.Api.correction;
import static org.oxpip.outcomes.testing.Api.measure;
import static org.oxpip.outcomes.testing.Api.phq9;
import static org.oxpip.outcomes.testing.Api.recorded;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.platform.feed.FeedCursor;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.testing.TestTokens;

/** GET /api/v1/feed/assessments as docs/feeds.md defines it. */
@QuarkusTest
class FeedResourceTest {

    static final String FEED = "/api/v1/feed/assessments";
    /** docs/feeds.md, "Assessment facts": exactly these fields, none with free text. */
    static final Set<String> FACTS = Set.of(
            "position",
            "assessmentId",
            "referralId",
            "instrument",
            "timepoint",
            "respondent",
            "completedOn",
            "total",
            "band",
            "deleted",
            "changedAt",
            "recordedAt");

    @Test
    void shouldCarryEveryChangeAsASnapshotInOrder() {
        String start = FeedReader.end();
        UUID referral = ReferralsStub.referral("IN_THERAPY");
        String id = recorded(phq9(referral));
        as("clinician")
                .header("If-Match", "\"0\"")
                .body(correction("REVIEW", "2024-12-11", "typo", 0, 0, 0, 0, 0, 0, 0, 0, 0))
                .when()
                .put("/api/v1/assessments/{id}", id)
                .then()
                .statusCode(200);
        as("clinician")
                .header("If-Match", "\"1\"")
                .body(Map.of("reason", "wrong family"))
                .when()
                .delete("/api/v1/assessments/{id}", id)
                .then()
                .statusCode(204);

        JsonPath page = FeedReader.page(start, 100);
        List<Map<String, Object>> mine = page.<Map<String, Object>>getList("items").stream()
                .filter(item -> id.equals(item.get("assessmentId")))
                .toList();
        assertEquals(3, mine.size(), "created, corrected, deleted: three changes");
        assertEquals(List.of(10, 0, 0), mine.stream().map(i -> i.get("total")).toList());
        assertEquals(
                List.of("BASELINE", "REVIEW", "REVIEW"),
                mine.stream().map(i -> i.get("timepoint")).toList());
        assertEquals(
                List.of(false, false, true),
                mine.stream().map(i -> i.get("deleted")).toList());
        assertEquals(referral.toString(), mine.get(0).get("referralId"));
        assertEquals("2024-12-10", mine.get(0).get("completedOn"));
        assertEquals("PARENT_1", mine.get(0).get("respondent"));
        assertEquals("PHQ9", mine.get(0).get("instrument"));
        mine.forEach(item -> assertEquals(FACTS, item.keySet(), "only the pseudonymised facts"));
        // When it was first recorded: on every snapshot, unmoved by the correction and the deletion.
        assertEquals(mine.get(0).get("changedAt"), mine.get(0).get("recordedAt"));
        assertEquals(
                List.of(mine.get(0).get("recordedAt")),
                mine.stream().map(i -> i.get("recordedAt")).distinct().toList());
        assertTrue(
                Instant.parse((String) mine.get(2).get("changedAt"))
                        .isAfter(Instant.parse((String) mine.get(0).get("recordedAt"))),
                "the deletion changed it later");
        FeedCursor previous = cursor(start);
        for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
            FeedCursor position = cursor((String) item.get("position"));
            assertTrue(
                    position.txid() > previous.txid()
                            || position.txid() == previous.txid() && position.position() > previous.position(),
                    "in feed order, each once");
            previous = position;
        }
    }

    @Test
    void shouldNeverCarryFreeText() {
        String start = FeedReader.end();
        Map<String, Object> satisfaction =
                measure(ReferralsStub.referral("CLOSED"), "SATISFACTION", "END", "PARENT_1", "2024-12-10", 2, 5, 5, 5);
        satisfaction.put("comments", "We live at 1 Station Road, Didcot");
        String id = recorded(satisfaction);

        String body = given().auth()
                .oauth2(TestTokens.staff("feed-reader"))
                .queryParam("after", start)
                .when()
                .get(FEED)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertFalse(body.contains("Station Road"), "comments never reach the feed");
        JsonPath page = JsonPath.from(body);
        assertEquals(id, page.getString("items[0].assessmentId"));
        assertEquals("positive", page.getString("items[0].band"));
        assertNull(page.get("items[0].total"));
    }

    @Test
    void shouldPageWithACursorAndSayWhetherMoreIsWaiting() {
        String start = FeedReader.end();
        recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        recorded(phq9(ReferralsStub.referral("ACCEPTED")));

        JsonPath first = FeedReader.page(start, 1);
        assertEquals(1, first.getList("items").size());
        assertTrue(first.getBoolean("hasMore"));
        assertEquals(first.getString("items[0].position"), first.getString("next"));

        JsonPath second = FeedReader.page(first.getString("next"), 1);
        assertEquals(1, second.getList("items").size());
        assertFalse(second.getBoolean("hasMore"));

        JsonPath nothingNew = FeedReader.page(second.getString("next"), 1);
        assertEquals(0, nothingNew.getList("items").size());
        assertEquals(
                second.getString("next"),
                nothingNew.getString("next"),
                "next stays at after when there is nothing new");
        assertFalse(nothingNew.getBoolean("hasMore"));
    }

    @Test
    void shouldStartFromTheBeginningWithoutACursor() {
        recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        given().auth()
                .oauth2(TestTokens.staff("feed-reader"))
                .queryParam("limit", 1)
                .when()
                .get(FEED)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].position", matchesPattern("\\d+\\.1"))
                .body("hasMore", equalTo(true));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"after,abc", "after,-1", "after,1.5.2", "after,1.", "limit,0", "limit,1001", "limit,many"})
    void shouldNameABadQueryParameter(String name, String value) {
        given().auth()
                .oauth2(TestTokens.staff("feed-reader"))
                .queryParam(name, value)
                .when()
                .get(FEED)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(name));
    }

    @ParameterizedTest(name = "{0} reads the feed: {1}")
    @CsvSource({
        "feed-reader,200",
        "clinician,403",
        "manager,403",
        "admin,403",
        "funder,403",
        "referrer,403",
        "referral-reader,403"
    })
    void shouldFollowTheRoleMatrix(String role, int status) {
        given().auth().oauth2(TestTokens.staff(role)).when().get(FEED).then().statusCode(status);
    }

    @Test
    void shouldRefuseAMissingToken() {
        given().when().get(FEED).then().statusCode(401);
    }

    private static FeedCursor cursor(String text) {
        List<Problem.FieldError> errors = new ArrayList<>();
        FeedCursor cursor = FeedCursor.parse(text, errors);
        assertEquals(List.of(), errors, "a cursor the feed gave out");
        return cursor;
    }
}
