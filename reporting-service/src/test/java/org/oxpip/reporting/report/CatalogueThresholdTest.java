package org.oxpip.reporting.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oxpip.reporting.testing.Figures.count;
import static org.oxpip.reporting.testing.Figures.hiddenCount;
import static org.oxpip.reporting.testing.Figures.hiddenRate;
import static org.oxpip.reporting.testing.Figures.rate;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.testing.FeedsStub;
import org.oxpip.reporting.testing.UpstreamFeeds;

/**
 * A threshold changed in outcomes-service's catalogue, and nowhere else, changes the funders' figures:
 * some perinatal services take EPDS caseness at 10 rather than 13. The cohort (TestCohort) is published on
 * the feeds and synced; then the catalogue is served with EPDS caseness 10, exactly as outcomes-service
 * would serve it after that one edit of its catalogue.json, and synced again. The report's definitions, written
 * from the same synced rules, say the new cut-off.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class CatalogueThresholdTest {

    static final String YEAR_2024 = "/api/v1/reports/summary?from=2024-01-01&to=2024-12-31";

    @ConfigProperty(name = "quarkus.rest-client.referrals.url")
    String upstreamUrl;

    @Test
    void shouldCountEpdsCasenessWithTheCataloguesCutOff() {
        CohortLoader.load(upstreamUrl);
        // EPDS 2024: F01 18→8, F02 18→8, F07 15→12, F08 14→14, F12 10→16, F15 12→9 (reliable change 4).
        // Caseness 13 (the catalogue as shipped): at caseness F01 F02 F07 F08 = 4; recovered (final < 13)
        // F01 F02 F07 = 3 of 4; reliably (gain ≥ 4 too) F01 F02 = 2 of 4.
        assertEquals(count(4), summary("manager").getMap("outcomes.epds.atCasenessAtBaseline"));
        assertEquals(rate(3, 4, 75.0f), summary("manager").getMap("outcomes.epds.recovery"));
        assertEquals(rate(2, 4, 50.0f), summary("manager").getMap("outcomes.epds.reliableRecovery"));
        // The funder (both streams): 4 at caseness is a small number, hidden.
        assertEquals(hiddenCount(), summary("funder").getMap("outcomes.epds.atCasenessAtBaseline"));
        // The report's definitions say the cut-off the figures were counted with.
        assertEquals("At caseness at baseline (EPDS 13 or more)", definition(summary("funder"), EPDS_AT_CASENESS));

        UpstreamFeeds.at(upstreamUrl).catalogue(UpstreamFeeds.realCatalogueWith("EPDS", "caseness", 10));
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/sync")
                .then()
                .statusCode(200);

        // Caseness 10: all six at caseness; recovered (final < 10) F01 F02 F15 = 3 of 6; reliably F01 F02 = 2 of 6
        // (F15 fell by 3 only). Nothing else in the report moves.
        assertEquals(count(6), summary("manager").getMap("outcomes.epds.atCasenessAtBaseline"));
        assertEquals(rate(3, 6, 50.0f), summary("manager").getMap("outcomes.epds.recovery"));
        assertEquals(rate(2, 6, 33.3f), summary("manager").getMap("outcomes.epds.reliableRecovery"));
        assertEquals(rate(4, 6, 66.7f), summary("manager").getMap("outcomes.epds.improved"));
        assertEquals(rate(17, 20, 85.0f), summary("manager").getMap("outcomes.pirgasFamiliesImproved"));
        // The funder now sees the six (and still no rate over fewer than 10).
        JsonPath funder = summary("funder");
        assertEquals(count(6), funder.getMap("outcomes.epds.atCasenessAtBaseline"));
        assertEquals(hiddenRate(), funder.getMap("outcomes.epds.recovery"));
        assertEquals(
                Map.of("numerator", 20, "denominator", 24, "percent", 83.3f, "suppressed", false),
                funder.getMap("outcomes.parentsMentalHealthImproved"));
        assertEquals("At caseness at baseline (EPDS 10 or more)", definition(funder, EPDS_AT_CASENESS));
        assertEquals("At caseness at baseline (EPDS 10 or more)", definition(summary("manager"), EPDS_AT_CASENESS));
    }

    static final String EPDS_AT_CASENESS = "outcomes.epds.atCasenessAtBaseline";

    private static String definition(JsonPath report, String figure) {
        return report.getString("definitions.find { it.figure == '" + figure + "' }.definition");
    }

    private static JsonPath summary(String role) {
        return CohortReportTest.summary(role, YEAR_2024);
    }
}
