package org.oxpip.reporting.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.testing.FeedsStub;
import org.oxpip.reporting.testing.ReadModel;
import org.oxpip.reporting.testing.UpstreamFeeds;

/**
 * The outcome rules read from outcomes-service's instrument catalogue by the sync, with the feeds' service
 * account and on their schedule: stored whole as the catalogue says them, refused whole when the
 * catalogue lacks one (the rules before stay), and recorded in the sync status beside the feeds.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class CatalogueSyncTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String RULES = "SELECT string_agg(instrument || ' ' || direction || ' ' || caseness || ' '"
            + " || reliable_change || ' ' || coalesce(CAST(meaningful_change AS text), '-'), ', ' ORDER BY instrument)"
            + " FROM instrument_rule";

    @ConfigProperty(name = "quarkus.rest-client.referrals.url")
    String upstreamUrl;

    UpstreamFeeds upstream;

    @BeforeEach
    void asOnTheFirstDay() {
        upstream = UpstreamFeeds.at(upstreamUrl);
        upstream.reset();
        upstream.page(UpstreamFeeds.REFERRALS, null, List.of(), null, false);
        upstream.page(UpstreamFeeds.ASSESSMENTS, null, List.of(), null, false);
        ReadModel.empty();
    }

    @Test
    void shouldStoreTheCataloguesRulesWithItsOwnServiceAccount() throws Exception {
        syncNow()
                .body("find { it.feed == 'instruments' }.lastError", nullValue())
                .body("find { it.feed == 'instruments' }.lastSuccessAt", notNullValue())
                .body("find { it.feed == 'instruments' }.cursor", nullValue());

        assertEquals(expectedRules(UpstreamFeeds.realCatalogue()), ReadModel.text(RULES));
        assertEquals(0, ReadModel.count("SELECT count(*) FROM instrument_rule WHERE instrument = 'SATISFACTION'"));
        assertEquals(1, upstream.catalogueRequestsWithOurToken(), "asked once, with the service-account token");
    }

    @Test
    void shouldReplaceTheRulesWhenTheCatalogueChanges() throws Exception {
        syncNow();
        String changed = UpstreamFeeds.realCatalogueWith("EPDS", "caseness", 10);
        upstream.catalogue(changed);

        syncNow().body("find { it.feed == 'instruments' }.lastError", nullValue());

        assertEquals(expectedRules(changed), ReadModel.text(RULES));
        assertEquals(10, ReadModel.count("SELECT caseness FROM instrument_rule WHERE instrument = 'EPDS'"));
    }

    @Test
    void shouldRefuseACatalogueThatLacksARuleAndKeepTheRulesBefore() throws Exception {
        syncNow();
        String before = ReadModel.text(RULES);
        upstream.catalogue(UpstreamFeeds.realCatalogueWith("EPDS", "caseness", null));

        syncNow()
                .body(
                        "find { it.feed == 'instruments' }.lastError",
                        is("instrument catalogue: refused, it lacks an outcome rule the reports need (EPDS has no"
                                + " caseness)"))
                // The feeds are read all the same.
                .body("find { it.feed == 'referrals' }.lastError", nullValue());

        assertEquals(before, ReadModel.text(RULES));
    }

    @Test
    void shouldRecordACatalogueThatCannotBeReadInItsOwnWords() {
        upstream.catalogueFails(503);

        syncNow()
                .body(
                        "find { it.feed == 'instruments' }.lastError",
                        is("instrument catalogue: upstream answered HTTP 503"))
                .body("lastError", everyItem(not(containsString("SMITH"))))
                .body("find { it.feed == 'instruments' }.lastSuccessAt", nullValue());
        assertEquals(0, ReadModel.count("SELECT count(*) FROM instrument_rule"));
    }

    /** What the table should hold, worked out from the catalogue JSON itself (instrument order). */
    private static String expectedRules(String catalogueJson) throws Exception {
        List<String> rules = new java.util.ArrayList<>();
        for (var entry : JSON.readTree(catalogueJson)) {
            if (!entry.get("direction").isNull()) {
                rules.add(entry.get("code").asText() + " "
                        + entry.get("direction").asText() + " "
                        + entry.get("caseness").asInt() + " "
                        + entry.get("reliableChange").asInt() + " "
                        + (entry.get("meaningfulChange").isNull()
                                ? "-"
                                : entry.get("meaningfulChange").asText()));
            }
        }
        return String.join(", ", rules.stream().sorted().toList());
    }

    private static ValidatableResponse syncNow() {
        return given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/sync")
                .then()
                .statusCode(200);
    }
}
