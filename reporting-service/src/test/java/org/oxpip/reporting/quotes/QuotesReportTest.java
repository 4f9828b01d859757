package org.oxpip.reporting.quotes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.testing.FeedsStub;
import org.oxpip.reporting.testing.ReadModel;
import org.oxpip.reporting.testing.UpstreamFeeds;

/**
 * The quotes feed into the read model and out into the reports. Six satisfaction forms in DIDCOT_POWERHOUSE and
 * two in COMMUNITY_GRANT, all in March 2024; quotes: one approved for Didcot (March 2024), one for the grant, one
 * approved for Didcot and then withdrawn, one for Didcot from November 2023 (before the period). So in 2024:
 * feedback received 8 (6 + 2), quotes approved 2 (1 + 1); a funder of Didcot (6 forms, at least 5) sees its quote
 * printed, a funder of the grant (2 forms) sees none, only a note.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class QuotesReportTest {

    static final String DIDCOT = "DIDCOT_POWERHOUSE";
    static final String GRANT = "COMMUNITY_GRANT";
    static final String YEAR_2024 = "from=2024-01-01&to=2024-12-31";
    static final String DIDCOT_QUOTE = "We felt listened to, and our baby is thriving";
    static final String GRANT_QUOTE = "The sessions gave us hope again";
    static final String WITHDRAWN_QUOTE = "Words the parent took back";
    static final String OLD_QUOTE = "Words from the autumn before";

    @ConfigProperty(name = "quarkus.rest-client.referrals.url")
    String upstreamUrl;

    @BeforeEach
    void publishAndSync() {
        UpstreamFeeds upstream = UpstreamFeeds.at(upstreamUrl);
        upstream.reset();
        ReadModel.empty();
        List<Map<String, Object>> referrals = new ArrayList<>();
        List<Map<String, Object>> assessments = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UUID referral = UUID.randomUUID();
            referrals.add(referral(referral, i < 6 ? DIDCOT : GRANT));
            assessments.add(satisfaction(referral, "2024-03-" + (10 + i)));
        }
        // A deleted form counts nowhere.
        Map<String, Object> deleted =
                satisfaction((UUID) UUID.fromString((String) referrals.get(0).get("referralId")), "2024-03-20");
        deleted.put("deleted", true);
        assessments.add(deleted);
        upstream.serve(UpstreamFeeds.REFERRALS, referrals, 50);
        upstream.serve(UpstreamFeeds.ASSESSMENTS, assessments, 50);
        UUID withdrawn = UUID.randomUUID();
        upstream.serve(
                UpstreamFeeds.QUOTES,
                List.of(
                        quote(UUID.randomUUID(), DIDCOT_QUOTE, "2024-03", DIDCOT),
                        quote(UUID.randomUUID(), GRANT_QUOTE, "2024-03", GRANT),
                        quote(withdrawn, WITHDRAWN_QUOTE, "2024-03", DIDCOT),
                        quote(UUID.randomUUID(), OLD_QUOTE, "2023-11", DIDCOT),
                        gone(withdrawn)),
                2);
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/sync")
                .then()
                .statusCode(200)
                .body("lastError", everyItem(nullValue()))
                .body("lastSuccessAt", everyItem(notNullValue()));
    }

    @Test
    void theReadModelShouldKeepOnlyTheQuotesApprovedNow() {
        assertEquals(3, ReadModel.count("SELECT count(*) FROM quote_fact"));
        assertEquals(0, ReadModel.count("SELECT count(*) FROM quote_fact WHERE text = '" + WITHDRAWN_QUOTE + "'"));
        assertEquals(
                "2024-03-01", ReadModel.text("SELECT month::text FROM quote_fact WHERE text = '" + DIDCOT_QUOTE + "'"));
    }

    @Test
    void theSummaryShouldCountFeedbackReceivedAndQuotesApproved() {
        summary(TestTokens.staff("manager"), YEAR_2024)
                .body("feedback.received.value", is(8))
                .body("feedback.quotesApproved.value", is(2))
                .body("definitions.figure", hasItems("feedback.received", "feedback.quotesApproved"));
        summary(TestTokens.staff("manager"), YEAR_2024 + "&fundingStream=" + DIDCOT)
                .body("feedback.received.value", is(6))
                .body("feedback.quotesApproved.value", is(1));
        summary(TestTokens.staff("manager"), "from=2023-11-01&to=2023-11-30")
                .body("feedback.received.value", is(0))
                .body("feedback.quotesApproved.value", is(1));
        // Quotes carry no area: with one, they are not counted at all.
        summary(TestTokens.staff("manager"), YEAR_2024 + "&area=OX11")
                .body("feedback.received.value", is(8))
                .body("feedback.quotesApproved", nullValue());
    }

    @Test
    void aFunderShouldSeeTheCountsUnderDisclosureControl() {
        // 6 forms are shown; 1 quote is a count of 1-4, suppressed.
        summary(TestTokens.funder(DIDCOT), YEAR_2024)
                .body("feedback.received.value", is(6))
                .body("feedback.quotesApproved.value", nullValue())
                .body("feedback.quotesApproved.suppressed", is(true));
        summary(TestTokens.funder(GRANT), YEAR_2024)
                .body("feedback.received.value", nullValue())
                .body("feedback.received.suppressed", is(true));
    }

    @Test
    void theCsvShouldCarryTheFeedbackRows() {
        String csv = given().auth()
                .oauth2(TestTokens.staff("manager"))
                .accept("text/csv")
                .when()
                .get("/api/v1/reports/summary?" + YEAR_2024)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(csv.contains("feedback,received,,8,"), csv);
        assertTrue(csv.contains("feedback,quotesApproved,,2,"), csv);
    }

    @Test
    void theImpactReportShouldPrintTheStreamsApprovedQuotesWhenEnoughParentsGaveFeedback() {
        String didcot = impact(TestTokens.funder(DIDCOT), YEAR_2024);
        assertTrue(didcot.contains(DIDCOT_QUOTE), "Didcot's own quote, with 6 forms received");
        assertTrue(didcot.contains("A parent, March 2024"));
        assertFalse(didcot.contains(GRANT_QUOTE), "another stream's quote");
        assertFalse(didcot.contains(WITHDRAWN_QUOTE), "a withdrawn quote");
        assertFalse(didcot.contains(OLD_QUOTE), "a quote from before the period");

        String grant = impact(TestTokens.funder(GRANT), YEAR_2024);
        assertFalse(grant.contains(GRANT_QUOTE), "2 forms: too few for a funder to see a parent's words");
        assertTrue(grant.contains("printed only when at least 5 parents gave feedback"));

        String manager = impact(TestTokens.staff("manager"), YEAR_2024 + "&fundingStream=" + GRANT);
        assertTrue(manager.contains(GRANT_QUOTE), "the manager's own copy shows it");
        String published =
                impact(TestTokens.staff("manager"), YEAR_2024 + "&fundingStream=" + GRANT + "&forPublication=true");
        assertFalse(published.contains(GRANT_QUOTE), "the copy for publication follows the funders' rule");
    }

    private static ValidatableResponse summary(String token, String query) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/reports/summary?" + query)
                .then()
                .statusCode(200);
    }

    private static String impact(String token, String query) {
        return given().auth()
                .oauth2(token)
                .accept("text/html")
                .when()
                .get("/api/v1/reports/impact?" + query)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static Map<String, Object> referral(UUID id, String stream) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("referralId", id.toString());
        item.put("receivedOn", "2024-01-15");
        item.put("sourceType", "HEALTH_VISITOR");
        item.put("agencyId", null);
        item.put("area", "OX11");
        item.put("eligible", true);
        item.put("pregnant", false);
        item.put("babyAgeMonths", 3);
        item.put("fundingStream", stream);
        item.put("status", "IN_THERAPY");
        item.put("acceptedOn", "2024-01-18");
        item.put("waitingOn", "2024-01-19");
        item.put("firstSessionOn", "2024-02-01");
        item.put("erased", false);
        item.put("changedAt", "2024-02-01T10:00:00Z");
        return item;
    }

    private static Map<String, Object> satisfaction(UUID referral, String completedOn) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("assessmentId", UUID.randomUUID().toString());
        item.put("referralId", referral.toString());
        item.put("instrument", "SATISFACTION");
        item.put("timepoint", "END");
        item.put("respondent", "PARENT_1");
        item.put("completedOn", completedOn);
        item.put("total", null);
        item.put("band", "positive");
        item.put("deleted", false);
        item.put("changedAt", completedOn + "T12:00:00Z");
        item.put("recordedAt", completedOn + "T12:00:00Z");
        return item;
    }

    private static Map<String, Object> quote(UUID id, String text, String month, String stream) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("quoteId", id.toString());
        item.put("approved", true);
        item.put("text", text);
        item.put("fundingStreams", List.of(stream));
        item.put("month", month);
        item.put("changedAt", "2024-04-01T10:00:00Z");
        return item;
    }

    private static Map<String, Object> gone(UUID id) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("quoteId", id.toString());
        item.put("approved", false);
        item.put("text", null);
        item.put("fundingStreams", List.of());
        item.put("month", null);
        item.put("changedAt", "2024-04-02T10:00:00Z");
        return item;
    }
}
