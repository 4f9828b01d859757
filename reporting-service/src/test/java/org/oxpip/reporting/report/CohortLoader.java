package org.oxpip.reporting.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.testing.ReadModel;
import org.oxpip.reporting.testing.UpstreamFeeds;

/** Loads the test cohort the only way data gets in: published on the feeds, pulled by a sync. */
public final class CohortLoader {

    private CohortLoader() {}

    public static void load(String upstreamUrl) {
        UpstreamFeeds upstream = UpstreamFeeds.at(upstreamUrl);
        upstream.reset();
        ReadModel.empty();
        TestCohort.publish(upstream, TestCohort.families());
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/sync")
                .then()
                .statusCode(200)
                .body("lastError", everyItem(nullValue()))
                .body("lastSuccessAt", everyItem(notNullValue()));
    }
}
