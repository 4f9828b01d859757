package org.oxpip.outcomes.feed;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.oxpip.platform.testing.TestTokens;

/** Reads the feed as reporting-service does, with its feed-reader token. */
final class FeedReader {

    private FeedReader() {}

    static JsonPath page(String after, int limit) {
        return given().auth()
                .oauth2(TestTokens.staff("feed-reader"))
                .queryParam("after", after)
                .queryParam("limit", limit)
                .when()
                .get(FeedResourceTest.FEED)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The assessment ids of every change after the cursor, page by page. */
    static List<String> all(String after) {
        List<String> ids = new ArrayList<>();
        String cursor = after;
        JsonPath page;
        do {
            page = page(cursor, 1000);
            ids.addAll(page.getList("items.assessmentId", String.class));
            cursor = page.getString("next");
        } while (page.getBoolean("hasMore"));
        return ids;
    }

    /** The cursor after everything committed so far. */
    static String end() {
        String cursor = "0";
        JsonPath page;
        do {
            page = page(cursor, 1000);
            cursor = page.getString("next");
        } while (page.getBoolean("hasMore"));
        return cursor;
    }
}
