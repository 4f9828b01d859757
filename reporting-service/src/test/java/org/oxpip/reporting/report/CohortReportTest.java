package org.oxpip.reporting.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oxpip.reporting.testing.Figures.count;
import static org.oxpip.reporting.testing.Figures.hiddenCount;
import static org.oxpip.reporting.testing.Figures.hiddenRate;
import static org.oxpip.reporting.testing.Figures.rate;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.testing.FeedsStub;
import org.oxpip.reporting.testing.ReadModel;

/**
 * The hand-computed cohort (TestCohort, 47 families), loaded through the feeds and the sync, checked
 * figure by figure for a manager and for a funder (of both its funding streams) under the default
 * disclosure policy. Every expected number is worked out below from the families' descriptions, not
 * from the code.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class CohortReportTest {

    static final String YEAR_2024 = "/api/v1/reports/summary?from=2024-01-01&to=2024-12-31";

    @ConfigProperty(name = "quarkus.rest-client.referrals.url")
    String upstreamUrl;

    @Inject
    ReportStore store;

    /** Loaded once for the whole class (REST Assured knows the port only from the first test on). */
    private static boolean loaded;

    @BeforeEach
    void loadTheCohortThroughTheFeeds() {
        if (!loaded) {
            CohortLoader.load(upstreamUrl);
            loaded = true;
        }
    }

    @Test
    void shouldHoldEveryFamilyOnceAndNothingElse() {
        // 22 (F) + 14 (G) + 10 (H) + 1 (X) families, each referral once although most came twice or three times.
        assertEquals(47, ReadModel.count("SELECT count(*) FROM referral_fact"));
        assertEquals(1, ReadModel.count("SELECT count(*) FROM referral_fact WHERE erased"));
    }

    @Test
    void shouldCountTheReferralsOf2024ForAManager() {
        JsonPath report = summary("manager", YEAR_2024);
        assertEquals("none", report.getString("disclosure"));
        assertEquals(count(26), report.getMap("referrals.received")); // F11-F22 (12) + G01-G14 (14)
        // HV: F11 F12 F13 F15 F17 F19 F22 G01 G04 G06 G08 G11 = 12; MW: F14 F20 G02 G09 G13 = 5;
        // GP: F18 G03 G12 = 3; PMH: F16 G07 G10 G14 = 4; SELF: F21 G05 = 2. 12+5+3+4+2 = 26.
        assertEquals(
                categories(
                        List.of(
                                "HEALTH_VISITOR",
                                "MIDWIFE",
                                "GP",
                                "PERINATAL_MENTAL_HEALTH",
                                "SOCIAL_CARE",
                                "OTHER",
                                "SELF"),
                        List.of(count(12), count(5), count(3), count(4), count(0), count(0), count(2))),
                report.getList("referrals.bySourceType"));
        // OX10: F12 F16 F20 G07 G10 G13 = 6; OX4: G04 G05 = 2; OX11: the other 18.
        assertEquals(
                categories(List.of("OX10", "OX11", "OX4"), List.of(count(6), count(18), count(2))),
                report.getList("referrals.byArea"));
        // Accepted: F11-F22 (12) + G06-G09 (4) + G10 G11 (2) + G13 G14 (2) = 20 of 26 = 76.92 %.
        assertEquals(rate(20, 26, 76.9f), report.getMap("referrals.accepted"));
        assertEquals(rate(3, 26, 11.5f), report.getMap("referrals.declined")); // G01-G03: 11.54 %
        assertEquals(rate(2, 26, 7.7f), report.getMap("referrals.redirected")); // G04 G05: 7.69 %
        assertEquals(rate(23, 26, 88.5f), report.getMap("referrals.eligible")); // all but G03-G05: 88.46 %
        // One breakdown adding up to received: 20 + 3 + 2 + G12, still awaiting triage, = 26.
        assertEquals(
                categories(
                        List.of("ACCEPTED", "DECLINED", "REDIRECTED", "PENDING"),
                        List.of(count(20), count(3), count(2), count(1))),
                report.getList("referrals.triage"));
    }

    @Test
    void shouldMeasureWaitingAndActivityIn2024ForAManager() {
        JsonPath report = summary("manager", YEAR_2024);
        // First sessions in 2024: F06-F22 (17), G06-G09 (4), G14 (1) = 22 waits. Sorted (days):
        //  7 10 14 14 21 21 21 28 28 30 35 | 42 42 45 49 56 60 63 70 84 91 120
        // median = (11th + 12th) / 2 = (35 + 42) / 2 = 38.5
        // p90 (interpolated at (22 - 1) × 0.9 = 18.9 from 0): 19th = 70, 20th = 84: 70 + 0.9 × 14 = 82.6
        assertEquals(count(22), report.getMap("waiting.firstSessions"));
        assertEquals(38.5f, report.getFloat("waiting.medianDays"));
        assertEquals(82.6f, report.getFloat("waiting.p90Days"));
        assertEquals(false, report.getBoolean("waiting.suppressed"));
        // Seen: F01-F22 (22) + G06-G09 (4) + G14 + X01 (in therapy all year) = 28; G13 never started.
        assertEquals(count(28), report.getMap("activity.familiesSeen"));
        // Closed in 2024: F01-F22 + G13 + G14 = 24: completed 19; did not engage F04 G13; moved away G14;
        // referred on F09 F18.
        assertEquals(count(24), report.getMap("activity.episodesClosed"));
        assertEquals(
                categories(
                        List.of("COMPLETED", "DID_NOT_ENGAGE", "MOVED_AWAY", "REFERRED_ON", "OTHER"),
                        List.of(count(19), count(2), count(1), count(2), count(0))),
                report.getList("activity.closedByReason"));
    }

    @Test
    void shouldWorkOutTheHeadlineFiguresOf2024ForAManager() {
        JsonPath report = summary("manager", YEAR_2024);
        // PIRGAS, families with paired scores: F01-F18, F21, F22 = 20 (F19 none, F20 a baseline only;
        // F14 by PARENT_2, its PARENT_1 having one score). Not improved: F04 60→60, F09 55→40,
        // F13 (PARENT_1 48→46; PARENT_2's 40→60 not used). Improved 17 of 20 = 85 %.
        assertEquals(count(20), report.getMap("outcomes.pirgasFamilies"));
        assertEquals(rate(17, 20, 85.0f), report.getMap("outcomes.pirgasFamiliesImproved"));
        // Meaningful (≥ 10): F01 +20, F03 +10, F05 +20, F06 +22, F08 +12, F10 +12, F12 +16, F14 +14,
        // F15 +12, F17 +20, F18 +12, F22 +12 = 12. Improved less: F02 +5, F07 +9, F11 +6, F16 +6, F21 +3.
        assertEquals(rate(12, 20, 60.0f), report.getMap("outcomes.pirgasFamiliesMeaningfullyImproved"));
        assertEquals(rate(1, 20, 5.0f), report.getMap("outcomes.pirgasFamiliesReliablyDeteriorated")); // F09 −15
        // Parents with paired PHQ-9 and/or GAD-7: PARENT_1 of F01-F20 (20) + PARENT_2 of F01 F03 F13 F16 (4)
        // = 24 (F21's two scores share a day, F22 has one). Not improved: F04 (M6), F09 (M5),
        // F13 PARENT_2 (M8), F18 (M11) → 20 of 24 = 83.33 %.
        assertEquals(rate(20, 24, 83.3f), report.getMap("outcomes.parentsMentalHealthImproved"));
    }

    @Test
    void shouldWorkOutEveryMentalHealthOutcomeOf2024ForAManager() {
        JsonPath report = summary("manager", YEAR_2024);
        // Patterns (TestCohort): M1 ×7 (F01 F02 F05 F07 F12 F15 F19), M2 ×2 (F08, F16 P2), M3 ×2 (F03, F13),
        // M4 ×2 (F01 P2, F20), M7 (F03 P2), M9 (F10), M10 (F14), E1 (F06), E2 (F11), E5 (F16), CO (F17),
        // M5 (F09), M6 (F04), M8 (F13 P2), M11 (F18) = 24.
        // Reliably improved: M1 7 + M3 2 + M4 2 + M7 + M9 + E1 + CO = 15 of 24 = 62.5 %.
        // Reliably deteriorated: M5 + M8 = 2 of 24 = 8.33 %.
        // At caseness at baseline: all but M4 ×2, M8, M11 = 20.
        // Recovered: M1 7 + M2 2 + M7 + M9 + E1 + E5 + CO = 14 of 20 = 70 %.
        // Reliably recovered: M1 7 + M7 + M9 + E1 + CO = 11 of 20 = 55 %.
        assertEquals(
                Map.of(
                        "parents", count(24),
                        "improved", rate(20, 24, 83.3f),
                        "reliableImprovement", rate(15, 24, 62.5f),
                        "reliableDeterioration", rate(2, 24, 8.3f),
                        "atCasenessAtBaseline", count(20),
                        "recovery", rate(14, 20, 70.0f),
                        "reliableRecovery", rate(11, 20, 55.0f)),
                report.getMap("outcomes.parentsMentalHealth"));
    }

    @Test
    void shouldWorkOutEpdsAndSatisfactionOf2024ForAManager() {
        JsonPath report = summary("manager", YEAR_2024);
        // EPDS (caseness ≥ 13, reliable 4): F01 18→8, F02 18→8, F07 15→12, F08 14→14, F12 10→16, F15 12→9.
        // Improved: F01 F02 F07 F15 = 4 of 6; reliably: F01 F02 (10) = 2; worse reliably: F12 (−6) = 1;
        // at caseness: F01 F02 F07 F08 = 4; recovered: F01 F02 F07 (12 < 13) = 3 of 4; reliably: F01 F02 = 2 of 4.
        assertEquals(
                Map.of(
                        "parents", count(6),
                        "improved", rate(4, 6, 66.7f),
                        "reliableImprovement", rate(2, 6, 33.3f),
                        "reliableDeterioration", rate(1, 6, 16.7f),
                        "atCasenessAtBaseline", count(4),
                        "recovery", rate(3, 4, 75.0f),
                        "reliableRecovery", rate(2, 4, 50.0f)),
                report.getMap("outcomes.epds"));
        // Satisfaction, each parent's last answer: F01 F02 F03 F05 F06 F07 F10 positive, F12 positive (after a
        // negative at review), F04 neutral, F09 don't know; F11's negative was deleted. 8 of 10 = 80 %.
        assertEquals(count(10), report.getMap("outcomes.satisfactionResponses"));
        assertEquals(rate(8, 10, 80.0f), report.getMap("outcomes.satisfactionPositive"));
    }

    @Test
    void shouldSuppressSmallNumbersForAFunder() {
        JsonPath report = summary("funder", YEAR_2024);
        assertEquals("default", report.getString("disclosure"));
        assertEquals(count(26), report.getMap("referrals.received"));
        // GP 3, PMH 4, SELF 2 are hidden (1-4); three hidden cells: none can be worked out, nothing more hidden.
        assertEquals(
                categories(
                        List.of(
                                "HEALTH_VISITOR",
                                "MIDWIFE",
                                "GP",
                                "PERINATAL_MENTAL_HEALTH",
                                "SOCIAL_CARE",
                                "OTHER",
                                "SELF"),
                        List.of(count(12), count(5), hiddenCount(), hiddenCount(), count(0), count(0), hiddenCount())),
                report.getList("referrals.bySourceType"));
        // OX4 (2) hidden; 26 − 18 would give it away, so the smallest other, OX10 (6), is hidden too.
        assertEquals(
                categories(List.of("OX10", "OX11", "OX4"), List.of(hiddenCount(), count(18), hiddenCount())),
                report.getList("referrals.byArea"));
        assertEquals(rate(20, 26, 76.9f), report.getMap("referrals.accepted"));
        assertEquals(hiddenRate(), report.getMap("referrals.declined")); // numerator 3
        assertEquals(hiddenRate(), report.getMap("referrals.redirected")); // numerator 2
        assertEquals(rate(23, 26, 88.5f), report.getMap("referrals.eligible"));
        // 22 waits ≥ 10: shown.
        assertEquals(38.5f, report.getFloat("waiting.medianDays"));
        assertEquals(82.6f, report.getFloat("waiting.p90Days"));
        assertEquals(count(28), report.getMap("activity.familiesSeen"));
        // DID_NOT_ENGAGE 2, MOVED_AWAY 1, REFERRED_ON 2 hidden: three hidden, nothing more.
        assertEquals(
                categories(
                        List.of("COMPLETED", "DID_NOT_ENGAGE", "MOVED_AWAY", "REFERRED_ON", "OTHER"),
                        List.of(count(19), hiddenCount(), hiddenCount(), hiddenCount(), count(0))),
                report.getList("activity.closedByReason"));
        // The headline figures: numerators and denominators all ≥ 10.
        assertEquals(rate(17, 20, 85.0f), report.getMap("outcomes.pirgasFamiliesImproved"));
        assertEquals(rate(20, 24, 83.3f), report.getMap("outcomes.parentsMentalHealthImproved"));
        assertEquals(rate(12, 20, 60.0f), report.getMap("outcomes.pirgasFamiliesMeaningfullyImproved"));
        assertEquals(hiddenRate(), report.getMap("outcomes.pirgasFamiliesReliablyDeteriorated")); // 1
        assertEquals(hiddenRate(), report.getMap("outcomes.parentsMentalHealth.reliableDeterioration")); // 2
        assertEquals(rate(14, 20, 70.0f), report.getMap("outcomes.parentsMentalHealth.recovery"));
        assertEquals(rate(11, 20, 55.0f), report.getMap("outcomes.parentsMentalHealth.reliableRecovery"));
        // EPDS: 6 parents is shown, but every rate over 6 (< 10) is hidden, and 4 at caseness is hidden.
        assertEquals(
                Map.of(
                        "parents", count(6),
                        "improved", hiddenRate(),
                        "reliableImprovement", hiddenRate(),
                        "reliableDeterioration", hiddenRate(),
                        "atCasenessAtBaseline", hiddenCount(),
                        "recovery", hiddenRate(),
                        "reliableRecovery", hiddenRate()),
                report.getMap("outcomes.epds"));
        assertEquals(rate(8, 10, 80.0f), report.getMap("outcomes.satisfactionPositive"));
    }

    @Test
    void shouldGiveAManagerTheFundersFiguresForPublication() {
        String funder = given().auth()
                .oauth2(token("funder"))
                .when()
                .get(YEAR_2024)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String published = given().auth()
                .oauth2(TestTokens.staff("manager"))
                .when()
                .get(YEAR_2024 + "&forPublication=true")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        // The same report but for one fact: the funder's names the streams it counted (both of the cohort's,
        // all it funds), the manager's says null (every stream).
        assertEquals(
                List.of(TestCohort.GRANT, TestCohort.DIDCOT),
                JsonPath.from(funder).getList("fundingStreams"));
        assertEquals(null, JsonPath.from(published).getList("fundingStreams"));
        assertEquals(
                funder.replace(
                        "\"fundingStreams\":[\"COMMUNITY_GRANT\",\"DIDCOT_POWERHOUSE\"]", "\"fundingStreams\":null"),
                published);
        assertEquals("default", JsonPath.from(published).getString("disclosure"));
    }

    @Test
    void shouldReportOneFundingStream() {
        String grant = YEAR_2024 + "&fundingStream=COMMUNITY_GRANT";
        JsonPath manager = summary("manager", grant);
        // Received: F15-F22 (8) + G10-G14 (5) = 13.
        assertEquals(count(13), manager.getMap("referrals.received"));
        // PIRGAS paired: F15 +12, F16 +6, F17 +20, F18 +12, F21 +3, F22 +12: all 6 improved.
        assertEquals(rate(6, 6, 100.0f), manager.getMap("outcomes.pirgasFamiliesImproved"));
        // Parents: F15 (M1), F16 (E5), F16 P2 (M2), F17 (CO), F18 (M11, not improved), F19 (M1), F20 (M4):
        // 6 of 7 = 85.71 %.
        assertEquals(rate(6, 7, 85.7f), manager.getMap("outcomes.parentsMentalHealthImproved"));

        JsonPath funder = summary("funder", grant);
        assertEquals(count(13), funder.getMap("referrals.received"));
        // Denominators 6 and 7 are below 10: a funder sees neither headline for this small stream.
        assertEquals(hiddenRate(), funder.getMap("outcomes.pirgasFamiliesImproved"));
        assertEquals(hiddenRate(), funder.getMap("outcomes.parentsMentalHealthImproved"));
    }

    @Test
    void shouldReportOneArea() {
        // OX10 in 2024: F12 F16 F20 G07 G10 G13.
        JsonPath report = summary("manager", YEAR_2024 + "&area=ox10");
        assertEquals("OX10", report.getString("area"));
        assertEquals(count(6), report.getMap("referrals.received"));
        assertEquals(categories(List.of("OX10"), List.of(count(6))), report.getList("referrals.byArea"));
    }

    @Test
    void shouldShowTheHeadlineFiguresYearByYear() {
        JsonPath trend = given().auth()
                .oauth2(token("funder"))
                .when()
                .get("/api/v1/reports/trend?from=2023-01-01&to=2024-12-31&interval=year")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("2023", "2024"), trend.getList("intervals.label"));
        // 2023: H01-H10. PIRGAS improved H01-H08 (40→55), not H09 (50→50) nor H10 (50→45): 8 of 10.
        assertEquals(rate(8, 10, 80.0f), trend.getMap("intervals[0].pirgasFamiliesImproved"));
        // PHQ-9 improved H01-H07 (15→8), not H08 (10→12), H09 (12→12), H10 (9→15, reliably worse): 7 of 10.
        assertEquals(rate(7, 10, 70.0f), trend.getMap("intervals[0].parentsMentalHealthImproved"));
        // 2024 as in the summary; X01 closed on 2 January 2025 counts in neither year.
        assertEquals(rate(17, 20, 85.0f), trend.getMap("intervals[1].pirgasFamiliesImproved"));
        assertEquals(rate(20, 24, 83.3f), trend.getMap("intervals[1].parentsMentalHealthImproved"));
    }

    @Test
    void shouldSplitAYearIntoQuartersThatAddUpToIt() {
        JsonPath trend = given().auth()
                .oauth2(TestTokens.staff("manager"))
                .when()
                .get("/api/v1/reports/trend?from=2024-01-01&to=2024-12-31&interval=quarter")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"), trend.getList("intervals.label"));
        // Q1: F01 F02 F04 closed; PIRGAS F01 +20, F02 +5 improved, F04 not: 2 of 3.
        assertEquals(rate(2, 3, 66.7f), trend.getMap("intervals[0].pirgasFamiliesImproved"));
        assertEquals(17, sum(trend.getList("intervals.pirgasFamiliesImproved.numerator")));
        assertEquals(20, sum(trend.getList("intervals.pirgasFamiliesImproved.denominator")));
        assertEquals(20, sum(trend.getList("intervals.parentsMentalHealthImproved.numerator")));
        assertEquals(24, sum(trend.getList("intervals.parentsMentalHealthImproved.denominator")));
    }

    @Test
    void shouldExportTheFundersFiguresAsCsv() {
        String csv = given().auth()
                .oauth2(token("funder"))
                .accept("text/csv")
                .when()
                .get(YEAR_2024)
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("oxpip-summary-2024-01-01-to-2024-12-31.csv"))
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertEquals("section,figure,category,value,numerator,denominator,percent,suppressed", lines.get(0));
        assertEquals(true, lines.contains("report,disclosure,,default,,,,"));
        assertEquals(true, lines.contains("referrals,received,,26,,,,false"));
        assertEquals(true, lines.contains("referrals,bySourceType,GP,,,,,true"));
        assertEquals(true, lines.contains("referrals,byArea,OX10,,,,,true"));
        assertEquals(true, lines.contains("referrals,triage,ACCEPTED,20,,,,false"));
        assertEquals(true, lines.contains("referrals,triage,PENDING,,,,,true"));
        assertEquals(true, lines.contains("waiting,medianDays,,38.5,,,,false"));
        assertEquals(true, lines.contains("outcomes,pirgasFamiliesImproved,,,17,20,85.0,false"));
        assertEquals(true, lines.contains("outcomes,parentsMentalHealthImproved,,,20,24,83.3,false"));
        assertEquals(true, lines.contains("outcomes.epds,improved,,,,,,true"));
        // The same with format=csv, and at summary.csv.
        assertEquals(
                csv,
                given().auth()
                        .oauth2(token("funder"))
                        .when()
                        .get(YEAR_2024 + "&format=csv")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        assertEquals(
                csv,
                given().auth()
                        .oauth2(token("funder"))
                        .when()
                        .get(YEAR_2024.replace("/summary", "/summary.csv"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    @Test
    void shouldKeepFundersToWholeMonths() {
        given().auth()
                .oauth2(token("funder"))
                .when()
                .get("/api/v1/reports/summary?from=2024-03-31&to=2024-03-31")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://oxpip.org/problems/whole-months"));
        given().auth()
                .oauth2(TestTokens.staff("manager"))
                .when()
                .get("/api/v1/reports/summary?from=2024-03-31&to=2024-03-31")
                .then()
                .statusCode(200)
                .body("dataAsOf", notNullValue());
    }

    /**
     * A manager, or a funder of both the cohort's funding streams: its report without a stream covers the
     * whole cohort (FunderScopeTest has a funder of one stream).
     */
    static String token(String role) {
        return role.equals("funder") ? TestTokens.funder(TestCohort.DIDCOT, TestCohort.GRANT) : TestTokens.staff(role);
    }

    static JsonPath summary(String role, String path) {
        return given().auth()
                .oauth2(token(role))
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .jsonPath();
    }

    static List<Map<String, Object>> categories(List<String> names, List<Map<String, Object>> counts) {
        List<Map<String, Object>> categories = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Map<String, Object> category = new java.util.LinkedHashMap<>();
            category.put("category", names.get(i));
            category.put("count", counts.get(i));
            categories.add(category);
        }
        return categories;
    }

    private static int sum(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sum();
    }

    @Test
    void shouldCountTheSameOutcomesByIntervalAsOverTheWholePeriod() {
        SummaryByIntervals.assertSameAsOnePeriod(store, LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31), null);
        SummaryByIntervals.assertSameAsOnePeriod(
                store, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), TestCohort.DIDCOT);
    }
}
