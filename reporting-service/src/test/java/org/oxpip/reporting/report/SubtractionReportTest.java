package org.oxpip.reporting.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.reporting.report.CohortReportTest.categories;
import static org.oxpip.reporting.report.TestCohort.DIDCOT;
import static org.oxpip.reporting.report.TestCohort.GRANT;
import static org.oxpip.reporting.testing.Figures.count;
import static org.oxpip.reporting.testing.Figures.hiddenCount;
import static org.oxpip.reporting.testing.Figures.hiddenRate;
import static org.oxpip.reporting.testing.Figures.rate;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.disclosure.Count;
import org.oxpip.reporting.disclosure.ExactRate;
import org.oxpip.reporting.disclosure.Rate;
import org.oxpip.reporting.disclosure.SmallNumberSuppression;
import org.oxpip.reporting.disclosure.WhatAFunderCanWorkOut;
import org.oxpip.reporting.testing.FeedsStub;

/**
 * The three subtractions of issue 14, through the API on the hand-worked cohort (TestCohort, real PostgreSQL,
 * signed funder tokens), under the default policy: what a funder sees, and, by brute force over every exact table
 * the policy would publish exactly so (WhatAFunderCanWorkOut), that each hidden figure has more than one value a
 * funder can't rule out. Every exact number is worked out by hand from the families.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class SubtractionReportTest {

    static final String SUMMARY = "/api/v1/reports/summary";
    static final String YEAR_2024 = "?from=2024-01-01&to=2024-12-31";
    static final String TWO_YEARS = "?from=2023-01-01&to=2024-12-31";
    static final List<String> TRIAGE = List.of("ACCEPTED", "DECLINED", "REDIRECTED", "PENDING");
    static final String AREA_REFUSED = "https://oxpip.org/problems/area-report-not-published";

    private final SmallNumberSuppression policy = new SmallNumberSuppression();

    @ConfigProperty(name = "quarkus.rest-client.referrals.url")
    String upstreamUrl;

    private static boolean loaded;

    @BeforeEach
    void loadTheCohortThroughTheFeeds() {
        if (!loaded) {
            CohortLoader.load(upstreamUrl);
            loaded = true;
        }
    }

    @Test
    @DisplayName("pending = received − accepted − declined − redirected")
    void shouldKeepAPendingReferralFromBeingReceivedMinusTheOtherOutcomes() {
        // COMMUNITY_GRANT, 2024: received F15-F22 (8) + G10-G14 (5) = 13; accepted F15-F22 and G10 G11 G13 G14 = 12;
        // none declined or redirected; G12 still awaits triage. Shown as three rates over received, 12 of 13
        // accepted, 0 declined and 0 redirected gave pending = 13 − 12 − 0 − 0 = 1 away.
        assertEquals(
                categories(TRIAGE, List.of(count(12), count(0), count(0), count(1))),
                summary(TestTokens.staff("manager"), YEAR_2024 + "&fundingStream=" + GRANT)
                        .getList("referrals.triage"));

        JsonPath funder = summary(TestTokens.funder(GRANT), YEAR_2024);
        assertEquals(count(13), funder.getMap("referrals.received"));
        // Pending (1) is hidden, the only small outcome: accepted, the smallest other non-zero one, goes too.
        assertEquals(
                categories(TRIAGE, List.of(hiddenCount(), count(0), count(0), hiddenCount())),
                funder.getList("referrals.triage"));
        assertEquals(hiddenRate(), funder.getMap("referrals.accepted"), "hidden with its cell");
        assertEquals(rate(0, 13, 0.0f), funder.getMap("referrals.declined"));
        assertEquals(rate(0, 13, 0.0f), funder.getMap("referrals.redirected"));

        List<Set<Long>> possible = WhatAFunderCanWorkOut.parts(
                policy, published(funder, "referrals.received"), publishedCounts(funder, "referrals.triage"));
        // 12 + 1, 11 + 2, 10 + 3, 9 + 4 and the same the other way round are all published exactly like this.
        assertEquals(Set.of(1L, 2L, 3L, 4L, 9L, 10L, 11L, 12L), possible.get(0), "accepted");
        assertEquals(Set.of(1L, 2L, 3L, 4L, 9L, 10L, 11L, 12L), possible.get(3), "pending");
    }

    @Test
    @DisplayName("declined = received − accepted − redirected − pending")
    void shouldKeepDeclinedFromBeingReceivedMinusTheOtherOutcomes() {
        // Both streams, 2024: accepted 20, declined 3 (G01-G03), redirected 2 (G04 G05), pending 1 (G12) of 26.
        JsonPath funder = summary(TestTokens.funder(DIDCOT, GRANT), YEAR_2024);
        // Three small outcomes adding up to 26 − 20 = 6: no more need hiding, and accepted stays shown.
        assertEquals(
                categories(TRIAGE, List.of(count(20), hiddenCount(), hiddenCount(), hiddenCount())),
                funder.getList("referrals.triage"));
        assertEquals(rate(20, 26, 76.9f), funder.getMap("referrals.accepted"));
        assertEquals(hiddenRate(), funder.getMap("referrals.declined"));
        assertEquals(hiddenRate(), funder.getMap("referrals.redirected"));

        List<Set<Long>> possible = WhatAFunderCanWorkOut.parts(
                policy, published(funder, "referrals.received"), publishedCounts(funder, "referrals.triage"));
        assertEquals(Set.of(1L, 2L, 3L, 4L), possible.get(1), "declined");
        assertEquals(Set.of(1L, 2L, 3L, 4L), possible.get(2), "redirected");
        assertEquals(Set.of(1L, 2L, 3L, 4L), possible.get(3), "pending");
    }

    @Test
    @DisplayName("2023 = the 2023–2024 summary − 2024 of the trend by year")
    void shouldKeepAHiddenYearFromBeingThePeriodMinusTheOtherYear() {
        // DIDCOT_POWERHOUSE. PIRGAS: 2023 H01-H05 40→55, 5 of 5 (hidden: below 10); 2024 11 of 14 (FunderReportTest).
        // PHQ-9 and/or GAD-7: 2023 H01-H05 15→8, 5 of 5; 2024 14 of 17. The summary of 2023-2024 shows the sums,
        // 16 of 19 and 19 of 22: with 2024 shown, 16 − 11 of 19 − 14 = 5 of 5 would be 2023's. So 2024 is hidden too.
        JsonPath period = summary(TestTokens.funder(DIDCOT), TWO_YEARS);
        assertEquals(count(19), period.getMap("outcomes.pirgasFamilies"));
        assertEquals(rate(16, 19, 84.2f), period.getMap("outcomes.pirgasFamiliesImproved"));
        assertEquals(count(22), period.getMap("outcomes.parentsMentalHealth.parents"));
        assertEquals(rate(19, 22, 86.4f), period.getMap("outcomes.parentsMentalHealthImproved"));

        JsonPath trend = get(TestTokens.funder(DIDCOT), "/api/v1/reports/trend" + TWO_YEARS + "&interval=year")
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(hiddenRate(), hiddenRate()), trend.getList("intervals.pirgasFamiliesImproved"));
        assertEquals(List.of(hiddenRate(), hiddenRate()), trend.getList("intervals.parentsMentalHealthImproved"));

        List<Set<ExactRate>> pirgas = WhatAFunderCanWorkOut.intervals(
                policy,
                publishedRates(trend, "intervals.pirgasFamiliesImproved"),
                published(period, "outcomes.pirgasFamilies"),
                publishedRate(period, "outcomes.pirgasFamiliesImproved"));
        assertTrue(pirgas.get(0).contains(new ExactRate(5, 5)), pirgas.get(0).toString());
        assertTrue(pirgas.get(0).contains(new ExactRate(4, 5)), "2023 could as well be 4 of 5 (2024 12 of 14)");
        assertTrue(pirgas.get(0).contains(new ExactRate(5, 6)), "or 5 of 6 (2024 11 of 13)");
        List<Set<ExactRate>> mentalHealth = WhatAFunderCanWorkOut.intervals(
                policy,
                publishedRates(trend, "intervals.parentsMentalHealthImproved"),
                published(period, "outcomes.parentsMentalHealth.parents"),
                publishedRate(period, "outcomes.parentsMentalHealthImproved"));
        assertTrue(
                mentalHealth.get(0).contains(new ExactRate(5, 5)),
                mentalHealth.get(0).toString());
        assertTrue(
                mentalHealth.get(0).contains(new ExactRate(4, 5)),
                mentalHealth.get(0).toString());
    }

    @Test
    @DisplayName("the other areas = the whole − one area's report: refused, areas only in byArea")
    void shouldRefuseAFunderAReportForOneArea() {
        String funder = TestTokens.funder(DIDCOT, GRANT);
        for (String path : List.of(
                SUMMARY + YEAR_2024,
                SUMMARY + ".csv" + YEAR_2024,
                "/api/v1/reports/trend" + YEAR_2024 + "&interval=year")) {
            String problem = get(funder, path + "&area=OX11")
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", is(AREA_REFUSED))
                    .extract()
                    .asString();
            assertFalse(problem.contains("OX11"), problem);
        }
        // A manager's report for publication is under the same policy; the manager's own is exact and may be filtered.
        get(TestTokens.staff("manager"), SUMMARY + YEAR_2024 + "&area=OX11&forPublication=true")
                .statusCode(403)
                .body("type", is(AREA_REFUSED));
        get(TestTokens.staff("manager"), SUMMARY + YEAR_2024 + "&area=OX11")
                .statusCode(200)
                .body("referrals.received.value", is(18));
        // Another funder's stream is refused first, as before.
        get(TestTokens.funder(DIDCOT), SUMMARY + YEAR_2024 + "&area=OX11&fundingStream=" + GRANT)
                .statusCode(403)
                .body("type", is(FunderReportTest.NOT_YOURS));

        // What a funder sees of areas: received by area, OX4 (2) hidden and OX10 (6) with it (26 − 18 − 6 = 2).
        JsonPath report = summary(funder, YEAR_2024);
        assertEquals(
                categories(List.of("OX10", "OX11", "OX4"), List.of(hiddenCount(), count(18), hiddenCount())),
                report.getList("referrals.byArea"));
        List<Set<Long>> possible = WhatAFunderCanWorkOut.listedParts(
                policy, published(report, "referrals.received"), publishedCounts(report, "referrals.byArea"));
        // OX10 and OX4 add up to 8: 6 + 2, 7 + 1, 5 + 3 either way round (4 + 4 would hide 18 as well).
        assertEquals(Set.of(1L, 2L, 3L, 5L, 6L, 7L), possible.get(0), "OX10");
        assertEquals(Set.of(1L, 2L, 3L, 5L, 6L, 7L), possible.get(2), "OX4");
    }

    private static JsonPath summary(String token, String query) {
        return get(token, SUMMARY + query)
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .jsonPath();
    }

    private static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then();
    }

    private static Count published(JsonPath report, String path) {
        return published(report.getMap(path));
    }

    private static Count published(Map<String, Object> published) {
        return Boolean.TRUE.equals(published.get("suppressed"))
                ? Count.hidden()
                : Count.of(((Number) published.get("value")).longValue());
    }

    @SuppressWarnings("unchecked")
    private static List<Count> publishedCounts(JsonPath report, String path) {
        List<Map<String, Object>> categories = report.getList(path);
        return categories.stream()
                .map(category -> published((Map<String, Object>) category.get("count")))
                .toList();
    }

    private static Rate publishedRate(JsonPath report, String path) {
        return publishedRate(report.getMap(path));
    }

    private static Rate publishedRate(Map<String, Object> published) {
        return Boolean.TRUE.equals(published.get("suppressed"))
                ? Rate.hidden()
                : Rate.of(
                        ((Number) published.get("numerator")).longValue(),
                        ((Number) published.get("denominator")).longValue());
    }

    private static List<Rate> publishedRates(JsonPath report, String path) {
        List<Map<String, Object>> rates = report.getList(path);
        return rates.stream().map(SubtractionReportTest::publishedRate).toList();
    }
}
