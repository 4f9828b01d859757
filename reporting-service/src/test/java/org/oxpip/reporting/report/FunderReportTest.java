package org.oxpip.reporting.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.testing.FeedsStub;

/**
 * A funder sees only the funding streams its token names (claim funding_streams). The cohort
 * (TestCohort) has two streams; the funder here funds DIDCOT_POWERHOUSE only, so the
 * COMMUNITY_GRANT families (F15-F22, G10-G14, H06-H10) must be in none of its figures. Every
 * expected number is worked out by hand from the families, not from the code.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class FunderReportTest {

    static final String SUMMARY = "/api/v1/reports/summary?from=2024-01-01&to=2024-12-31";
    static final String SUMMARY_CSV = "/api/v1/reports/summary.csv?from=2024-01-01&to=2024-12-31";
    static final String TREND = "/api/v1/reports/trend?from=2023-01-01&to=2024-12-31&interval=year";
    static final String NOT_YOURS = "https://oxpip.org/problems/funding-stream-not-yours";
    static final String NO_STREAMS = "https://oxpip.org/problems/no-funding-streams";

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
    void shouldCountOnlyTheFundersOwnStreamWhenItAsksForNone() {
        JsonPath report = get(TestTokens.funder(DIDCOT), SUMMARY)
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(null, report.getString("fundingStream"));
        assertEquals(List.of(DIDCOT), report.getList("fundingStreams"));
        // Received in 2024: 26 in all, of them the grant's F15-F22 (8) and G10-G14 (5); Didcot's are
        // F11 F12 F13 F14 and G01-G09: 13.
        assertEquals(count(13), report.getMap("referrals.received"));
        // HV: F11 F12 F13 G01 G04 G06 G08 = 7; MW: F14 G02 G09 = 3; GP: G03; PMH: G07; SELF: G05 (7+3+1+1+1 = 13).
        // MW, GP, PMH, SELF are 1-4: hidden; four hidden cells, none can be worked out.
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
                        List.of(
                                count(7),
                                hiddenCount(),
                                hiddenCount(),
                                hiddenCount(),
                                count(0),
                                count(0),
                                hiddenCount())),
                report.getList("referrals.bySourceType"));
        // First sessions in 2024: F06-F14 (42 49 35 56 63 7 10 14 14 days) and G06-G09 (60 70 84 91) = 13 waits.
        // Sorted: 7 10 14 14 35 42 | 49 | 56 60 63 70 84 91: the median is the 7th, 49 (the whole cohort's is 38.5).
        assertEquals(count(13), report.getMap("waiting.firstSessions"));
        assertEquals(49.0f, report.getFloat("waiting.medianDays"));
        // Seen: F01-F14 (14) + G06-G09 (4) + X01 = 19 (the cohort's 28 less F15-F22 and G14).
        assertEquals(count(19), report.getMap("activity.familiesSeen"));
        // Closed in 2024: F01-F14 = 14 (the cohort's 24 less F15-F22, G13, G14).
        assertEquals(count(14), report.getMap("activity.episodesClosed"));
        // PIRGAS paired: F01-F14 = 14; not improved F04 (60→60), F09 (55→40), F13 (48→46): 11 of 14 = 78.57 %.
        // (The grant's six paired families, F15 F16 F17 F18 F21 F22, all improved: counting them would give 17 of 20.)
        assertEquals(count(14), report.getMap("outcomes.pirgasFamilies"));
        assertEquals(rate(11, 14, 78.6f), report.getMap("outcomes.pirgasFamiliesImproved"));
        // Parents with paired PHQ-9 and/or GAD-7: PARENT_1 of F01-F14 (14) + PARENT_2 of F01 F03 F13 (3) = 17;
        // not improved F04 (M6), F09 (M5), F13 PARENT_2 (M8): 14 of 17 = 82.35 % (with the grant's: 20 of 24).
        assertEquals(rate(14, 17, 82.4f), report.getMap("outcomes.parentsMentalHealthImproved"));
    }

    @Test
    void shouldGiveTheSameFiguresAsAManagersPublishedReportOnThatStream() {
        JsonPath funder = get(TestTokens.funder(DIDCOT), SUMMARY)
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath manager = get(
                        TestTokens.staff("manager"), SUMMARY + "&fundingStream=" + DIDCOT + "&forPublication=true")
                .statusCode(200)
                .extract()
                .jsonPath();
        for (String section : List.of("referrals", "waiting", "activity", "outcomes")) {
            assertEquals(manager.getMap(section), funder.getMap(section), section);
        }
    }

    @Test
    void shouldLetAFunderNameItsOwnStream() {
        get(TestTokens.funder(DIDCOT), SUMMARY + "&fundingStream=" + DIDCOT)
                .statusCode(200)
                .body("fundingStream", is(DIDCOT))
                .body("fundingStreams", contains(DIDCOT))
                .body("referrals.received.value", is(13));
    }

    @Test
    void shouldCountEveryStreamOfAFunderOfSeveral() {
        // Both streams: the whole cohort's 26, as CohortReportTest; one of them: that one only.
        get(TestTokens.funder(DIDCOT, GRANT), SUMMARY)
                .statusCode(200)
                .body("fundingStreams", contains(GRANT, DIDCOT)) // in alphabetical order
                .body("referrals.received.value", is(26));
        get(TestTokens.funder(DIDCOT, GRANT), SUMMARY + "&fundingStream=" + GRANT)
                .statusCode(200)
                .body("referrals.received.value", is(13));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SUMMARY, SUMMARY_CSV, TREND})
    void shouldRefuseAnotherFundersStreamWithoutNamingAnyStream(String path) {
        for (String stream : List.of(GRANT, "NO_SUCH_STREAM")) {
            String problem = get(TestTokens.funder(DIDCOT), path + "&fundingStream=" + stream)
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", is(NOT_YOURS))
                    .body("status", is(403))
                    .extract()
                    .asString();
            // The same answer whether the stream exists or not, and it names neither it nor the funder's own.
            assertEquals(false, problem.contains(stream), problem);
            assertEquals(false, problem.contains(DIDCOT), problem);
        }
    }

    @Test
    void shouldRefuseAnotherFundersStreamAsCsvTooWithAProblem() {
        given().auth()
                .oauth2(TestTokens.funder(DIDCOT))
                .accept("text/csv")
                .when()
                .get(SUMMARY + "&fundingStream=" + GRANT)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", is(NOT_YOURS));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SUMMARY, SUMMARY_CSV, TREND})
    void shouldRefuseAFunderWhoseTokenNamesNoStream(String path) {
        get(TestTokens.staff("funder"), path)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", is(NO_STREAMS));
        get(TestTokens.token("funder").roles("funder").fundingStreams().sign(), path)
                .statusCode(403)
                .body("type", is(NO_STREAMS));
        get(TestTokens.token("funder").roles("funder").fundingStream(" ").sign(), path)
                .statusCode(403)
                .body("type", is(NO_STREAMS));
        // Refused before its parameters are read: bad ones change nothing.
        get(TestTokens.staff("funder"), path.replace("2024-12-31", "never"))
                .statusCode(403)
                .body("type", is(NO_STREAMS));
    }

    @Test
    void shouldAcceptTheClaimAsOneString() {
        get(TestTokens.token("funder").roles("funder").fundingStream(DIDCOT).sign(), SUMMARY)
                .statusCode(200)
                .body("fundingStreams", contains(DIDCOT))
                .body("referrals.received.value", is(13));
    }

    @Test
    void shouldShowTheFundersOwnStreamYearByYear() {
        JsonPath trend =
                get(TestTokens.funder(DIDCOT), TREND).statusCode(200).extract().jsonPath();
        assertEquals(List.of(DIDCOT), trend.getList("fundingStreams"));
        // 2023: Didcot's H01-H05 only (the grant's H06-H10 not counted): 5 families, below 10, hidden
        // (all ten would be 8 of 10, shown).
        assertEquals(hiddenRate(), trend.getMap("intervals[0].pirgasFamiliesImproved"));
        assertEquals(hiddenRate(), trend.getMap("intervals[0].parentsMentalHealthImproved"));
        // 2024 (11 of 14 and 14 of 17 in the summary above) is hidden too: the summary of 2023-2024 minus it would
        // give 2023 away (SubtractionReportTest).
        assertEquals(hiddenRate(), trend.getMap("intervals[1].pirgasFamiliesImproved"));
        assertEquals(hiddenRate(), trend.getMap("intervals[1].parentsMentalHealthImproved"));
    }

    @Test
    void shouldExportOnlyTheFundersOwnStreamAsCsv() {
        String csv = get(TestTokens.funder(DIDCOT), SUMMARY_CSV)
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertEquals(true, lines.contains("report,fundingStream,,,,,,"), csv);
        assertEquals(true, lines.contains("report,fundingStreams,,DIDCOT_POWERHOUSE,,,,"), csv);
        assertEquals(true, lines.contains("referrals,received,,13,,,,false"), csv);
        assertEquals(true, lines.contains("outcomes,pirgasFamiliesImproved,,,11,14,78.6,false"), csv);
        assertEquals(true, lines.contains("outcomes,parentsMentalHealthImproved,,,14,17,82.4,false"), csv);
        assertEquals(
                csv,
                get(TestTokens.funder(DIDCOT), SUMMARY + "&format=csv")
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    @Test
    void shouldLeaveManagersSeeingEveryStream() {
        // A manager's token that also carries the claim, or the funder role as well: still every stream.
        get(TestTokens.token("manager").roles("manager").fundingStreams(DIDCOT).sign(), SUMMARY)
                .statusCode(200)
                .body("fundingStreams", nullValue())
                .body("referrals.received.value", is(26));
        get(
                        TestTokens.token("manager")
                                .roles("manager", "funder")
                                .fundingStreams(DIDCOT)
                                .sign(),
                        SUMMARY + "&fundingStream=" + GRANT)
                .statusCode(200)
                .body("referrals.received.value", is(13));
        get(TestTokens.staff("manager"), SUMMARY)
                .statusCode(200)
                .body("disclosure", is("none"))
                .body("fundingStreams", nullValue())
                .body("referrals.received.value", is(26));
    }

    private static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then();
    }
}
