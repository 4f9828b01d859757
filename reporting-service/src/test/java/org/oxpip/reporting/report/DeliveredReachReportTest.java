package org.oxpip.reporting.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.reporting.report.CohortReportTest.categories;
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
 * What was delivered and whom it reached (issue 17), over a cohort of 17 families worked out by hand: sessions of
 * every attendance kind, monitoring answers with "prefer not to say" and "not asked", a family synced before
 * monitoring existed, a session deleted after its first publication (the older item arriving late), sessions
 * before the period. Loaded through the feeds and the sync, checked figure by figure for a manager and for a
 * funder (default disclosure control).
 *
 * <pre>
 * family  sessions in 2024 (A attended, D did not attend, F cancelled by family, S by service)  episode
 * D01  A A A A A A            closed 2024-09-30     D09  A A A D        in therapy
 * D02  A A D A A F            closed 2024-10-15     D10  A F A A        in therapy
 * D03  A D D A S A            closed 2024-11-20     D11  A (and A in 2023)  closed 2024-02-28
 * D04  A D D                  closed 2024-06-30     D12  (A A in 2023)  closed 2023-12-20
 * D05  D F                    closed 2024-05-31     D13  A A A A        in therapy, no parent facts
 * D06  A A A A A              in therapy            D14  S S            in therapy
 * D07  A A A S A              in therapy            D15  A x 8          closed 2024-08-31
 * D08  A A                    closed 2024-12-10     D16  A (a second A deleted)  closed 2024-07-31
 * D17  A A D  (funding stream COMMUNITY_GRANT: only in the unfiltered report)
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class DeliveredReachReportTest {

    static final String DIDCOT = TestCohort.DIDCOT;
    static final String GRANT = TestCohort.GRANT;
    static final String YEAR_2024 = "/api/v1/reports/summary?from=2024-01-01&to=2024-12-31";
    static final String DIDCOT_2024 = YEAR_2024 + "&fundingStream=" + DIDCOT;

    static final List<String> ETHNIC_GROUPS = DeliveredAssembler.ETHNIC_GROUPS;
    static final List<String> YES_NO = List.of("YES", "NO", "PREFER_NOT_TO_SAY", "NOT_ASKED");
    static final String WEB = "WHITE_ENGLISH_WELSH_SCOTTISH_NI_BRITISH";
    static final String PNTS = "PREFER_NOT_TO_SAY";
    static final String NA = "NOT_ASKED";
    static final String MOTHER = "BIRTH_MOTHER";

    @ConfigProperty(name = "quarkus.rest-client.referrals.url")
    String upstreamUrl;

    @Inject
    ReportStore store;

    private static boolean loaded;

    @BeforeEach
    void loadTheCohortThroughTheFeeds() {
        if (loaded) {
            return;
        }
        UpstreamFeeds upstream = UpstreamFeeds.at(upstreamUrl);
        upstream.reset();
        ReadModel.empty();
        upstream.serve(UpstreamFeeds.REFERRALS, cohort(), 5);
        upstream.serve(UpstreamFeeds.ASSESSMENTS, List.of(), 50);
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/sync")
                .then()
                .statusCode(200)
                .body("lastError", everyItem(nullValue()))
                .body("lastSuccessAt", everyItem(notNullValue()));
        loaded = true;
    }

    @Test
    void shouldKeepEachReferralsLatestSessionsAndParentsOnly() {
        assertEquals(17, ReadModel.count("SELECT count(*) FROM referral_fact"));
        // D16's newer item (one session) came first; its older one (two) arrived late and changed nothing.
        assertEquals(1, ReadModel.count("SELECT count(*) FROM session_fact WHERE referral_id = '" + id(16) + "'"));
        // 45 + 7 + 3 + 4 in 2024, 3 in 2023 (D11, D12), D17's 3.
        assertEquals(65, ReadModel.count("SELECT count(*) FROM session_fact"));
        // Parents: 18 in the Didcot items (two in D01, D06, D15; D13 none), D17's one.
        assertEquals(19, ReadModel.count("SELECT count(*) FROM parent_fact"));
    }

    @Test
    void shouldCountWhatWasDeliveredForAManager() {
        JsonPath report = summary(TestTokens.staff("manager"), DIDCOT_2024);
        // Attended: 6+4+3+1+0+5+4+2+3+3+1+0+4+0+8+1 = 45; not attended without notice: D02 1, D03 2, D04 2,
        // D05 1, D09 1 = 7; cancelled by the family: D02, D05, D10 = 3 (by the service: D03, D07, D14 x2 = 4).
        assertEquals(count(55), report.getMap("delivered.sessionsOffered")); // 45 + 7 + 3
        assertEquals(count(45), report.getMap("delivered.sessionsAttended"));
        assertEquals(rate(7, 52, 13.5f), report.getMap("delivered.didNotAttend")); // 7 / (45 + 7) = 13.46 %
        // An attended session in 2024: all but D05 (none attended), D12 (2023 only), D14 (cancelled only).
        assertEquals(count(13), report.getMap("delivered.familiesSeen"));
        // Closed in 2024: D01 D02 D03 D04 D05 D08 D11 D15 D16 = 9, attending 6 4 3 1 0 2 2 8 1 sessions
        // (D11's 2023 session counts: every session of the episode). Sorted 0 1 1 2 2 3 4 6 8: median the
        // 5th, 2; mean 27 / 9 = 3.0. A course (2 or more): D01 D02 D03 D08 D11 D15 = 6 of 9 = 66.67 %.
        assertEquals(count(9), report.getMap("delivered.sessionsPerCompletedEpisode.episodes"));
        assertEquals(2.0f, report.getFloat("delivered.sessionsPerCompletedEpisode.median"));
        assertEquals(3.0f, report.getFloat("delivered.sessionsPerCompletedEpisode.mean"));
        assertEquals(false, report.getBoolean("delivered.sessionsPerCompletedEpisode.suppressed"));
        assertEquals(rate(6, 9, 66.7f), report.getMap("delivered.completedCourse"));
    }

    @Test
    void shouldCountEveryStreamWhenAManagerAsksForNone() {
        JsonPath report = summary(TestTokens.staff("manager"), YEAR_2024);
        // D17 (the other stream) adds A A D: 47 attended, 8 missed, 58 offered, 14 families seen.
        assertEquals(count(58), report.getMap("delivered.sessionsOffered"));
        assertEquals(count(47), report.getMap("delivered.sessionsAttended"));
        assertEquals(rate(8, 55, 14.5f), report.getMap("delivered.didNotAttend")); // 8 / 55 = 14.55 %
        assertEquals(count(14), report.getMap("delivered.familiesSeen"));
        assertEquals(count(14), report.getMap("reach.families"));
        assertEquals(count(17), report.getMap("reach.parents"));
    }

    @Test
    void shouldShowWhomTheServiceReachedForAManager() {
        JsonPath report = summary(TestTokens.staff("manager"), DIDCOT_2024);
        // The 13 families seen; parents: two each in D01, D06, D15, one in the other ten (D13 none synced: one
        // parent, not asked) = 16.
        assertEquals(count(13), report.getMap("reach.families"));
        assertEquals(count(16), report.getMap("reach.parents"));
        // First parents: WEB D01 D04 D08 D10 D15; D02 Indian, D03 prefer not to say, D06 White other, D07 Mixed
        // White and Asian, D09 D13 not asked, D11 Pakistani, D16 Black Caribbean. Second parents all WEB.
        Map<String, Integer> families = Map.of(
                "ASIAN_INDIAN",
                1,
                "ASIAN_PAKISTANI",
                1,
                "BLACK_CARIBBEAN",
                1,
                "MIXED_WHITE_AND_ASIAN",
                1,
                WEB,
                5,
                "WHITE_OTHER",
                1,
                PNTS,
                1,
                NA,
                2);
        Map<String, Integer> parents = new LinkedHashMap<>(families);
        parents.put(WEB, 8);
        assertEquals(exact(ETHNIC_GROUPS, families), report.getList("reach.ethnicGroup.families"));
        assertEquals(exact(ETHNIC_GROUPS, parents), report.getList("reach.ethnicGroup.parents"));
        List<String> relationships = List.of(MOTHER, "FATHER", "PARTNER", "OTHER_CARER", PNTS, NA);
        // D10 is another carer; D09, D13 not asked; the rest birth mothers. Second parents: D01, D15 fathers,
        // D06 a partner.
        assertEquals(counts(relationships, 10, 0, 0, 1, 0, 2), report.getList("reach.relationshipToBaby.families"));
        assertEquals(counts(relationships, 10, 2, 1, 1, 0, 2), report.getList("reach.relationshipToBaby.parents"));
        // First time: D01 D03 D04 D07 D08 D16 yes; D02 D06 D10 D11 D15 no. Second: D01 yes, D15 no, D06 not asked.
        assertEquals(counts(YES_NO, 6, 5, 0, 2), report.getList("reach.firstTimeParent.families"));
        assertEquals(counts(YES_NO, 7, 6, 0, 3), report.getList("reach.firstTimeParent.parents"));
        // Disability: D04 yes, D03 prefer not to say. Second: D01 no, D15 prefer not to say, D06 not asked.
        assertEquals(counts(YES_NO, 1, 9, 1, 2), report.getList("reach.disability.families"));
        assertEquals(counts(YES_NO, 1, 10, 2, 3), report.getList("reach.disability.parents"));
        // Interpreter: D02, D11. Second: D01 D15 no, D06 not asked.
        assertEquals(counts(YES_NO, 2, 9, 0, 2), report.getList("reach.needsInterpreter.families"));
        assertEquals(counts(YES_NO, 2, 11, 0, 3), report.getList("reach.needsInterpreter.parents"));
        // Under 20: D03 D16; 20-24: D04 D11; 25-29: D02 D07; 30-34: D01 x2, D08, D15; 35-39: D06 x2;
        // 40+: D10, D15's second; unknown: D09 (no date of birth), D13 (no parent facts).
        assertEquals(counts(DeliveredAssembler.AGE_BANDS, 2, 2, 2, 4, 2, 2, 2), report.getList("reach.parentAgeBand"));
        // Pregnant: D02 D09; 0-5 months: D01 (3) D03 (1) D07 (0) D11 (5) D13 (4) D16 (2); 6-11: D04 (7) D15 (9);
        // 12-17: D06 (12); 18 and over: D08 (18) D10 (20).
        assertEquals(counts(DeliveredAssembler.BABY_AGES, 2, 6, 2, 1, 2, 0), report.getList("reach.babyAgeAtReferral"));
        // OX11: D01 D02 D03 D04 D08 D09 D11 D13 D15; OX12: D16; OX14: D06 D07 D10.
        assertEquals(
                categories(List.of("OX11", "OX12", "OX14"), List.of(count(9), count(1), count(3))),
                report.getList("reach.area"));
    }

    @Test
    void shouldHideSmallNumbersForAFunder() {
        JsonPath report = summary(TestTokens.funder(DIDCOT), DIDCOT_2024);
        assertEquals("default", report.getString("disclosure"));
        assertEquals(count(55), report.getMap("delivered.sessionsOffered"));
        assertEquals(count(45), report.getMap("delivered.sessionsAttended"));
        assertEquals(rate(7, 52, 13.5f), report.getMap("delivered.didNotAttend"));
        assertEquals(count(13), report.getMap("delivered.familiesSeen"));
        // 9 episodes: a statistic needs 10, a rate a denominator of 10.
        assertEquals(count(9), report.getMap("delivered.sessionsPerCompletedEpisode.episodes"));
        assertNull(report.get("delivered.sessionsPerCompletedEpisode.median"));
        assertNull(report.get("delivered.sessionsPerCompletedEpisode.mean"));
        assertEquals(true, report.getBoolean("delivered.sessionsPerCompletedEpisode.suppressed"));
        assertEquals(hiddenRate(), report.getMap("delivered.completedCourse"));
        assertEquals(count(13), report.getMap("reach.families"));
        assertEquals(count(16), report.getMap("reach.parents"));
        // Seven small parts adding up to 8 could split many ways: they are hidden, WEB's 5 is shown, zeros too.
        Map<String, Integer> families = Map.of(WEB, 5);
        List<String> hidden = List.of(
                "ASIAN_INDIAN", "ASIAN_PAKISTANI", "BLACK_CARIBBEAN", "MIXED_WHITE_AND_ASIAN", "WHITE_OTHER", PNTS, NA);
        assertEquals(withHidden(ETHNIC_GROUPS, families, hidden), report.getList("reach.ethnicGroup.families"));
        assertEquals(withHidden(ETHNIC_GROUPS, Map.of(WEB, 8), hidden), report.getList("reach.ethnicGroup.parents"));
        // One small part (not asked, 2) would be 13 - 6 - 5: the smallest shown (no, 5) is hidden with it.
        assertEquals(
                List.of(count(6), hiddenCount(), count(0), hiddenCount()),
                counts(report.getList("reach.firstTimeParent.families")));
        // Yes 1, prefer not to say 1, not asked 2: three small parts adding up to 4 could be 1+1+2 in three ways.
        assertEquals(
                List.of(hiddenCount(), count(9), hiddenCount(), hiddenCount()),
                counts(report.getList("reach.disability.families")));
        // Every age band 1-4: the table is hidden as one, zeros too.
        assertTrue(counts(report.getList("reach.parentAgeBand")).stream().allMatch(hiddenCount()::equals));
        assertEquals(
                List.of(hiddenCount(), count(6), hiddenCount(), hiddenCount(), hiddenCount(), count(0)),
                counts(report.getList("reach.babyAgeAtReferral")));
        assertEquals(
                categories(List.of("OX11", "OX12", "OX14"), List.of(count(9), hiddenCount(), hiddenCount())),
                report.getList("reach.area"));
    }

    @Test
    void shouldCarryTheSessionsInTheTrendAndTheCsv() {
        String trend = "/api/v1/reports/trend?from=2023-01-01&to=2024-12-31&interval=year&fundingStream=" + DIDCOT;
        JsonPath manager = summary(TestTokens.staff("manager"), trend);
        // 2023: D11's and D12's two = 3 attended, none missed; 2024: 45 and 7 of 52.
        assertEquals(count(3), manager.getMap("intervals[0].sessionsAttended"));
        assertEquals(rate(0, 3, 0f), manager.getMap("intervals[0].didNotAttend"));
        assertEquals(count(45), manager.getMap("intervals[1].sessionsAttended"));
        assertEquals(rate(7, 52, 13.5f), manager.getMap("intervals[1].didNotAttend"));
        // For a funder 3 is hidden, and 45 with it (48 - 3 would give it away); so are their rates.
        JsonPath funder = summary(TestTokens.funder(DIDCOT), trend);
        assertEquals(hiddenCount(), funder.getMap("intervals[0].sessionsAttended"));
        assertEquals(hiddenCount(), funder.getMap("intervals[1].sessionsAttended"));
        assertEquals(hiddenRate(), funder.getMap("intervals[1].didNotAttend"));

        String csv = given().auth()
                .oauth2(TestTokens.staff("manager"))
                .accept("text/csv")
                .when()
                .get(DIDCOT_2024)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> rows = csv.lines().toList();
        assertTrue(rows.contains("delivered,sessionsAttended,,45,,,,false"), csv);
        assertTrue(rows.contains("delivered,didNotAttend,,,7,52,13.5,false"), csv);
        assertTrue(rows.contains("delivered.sessionsPerCompletedEpisode,mean,,3.0,,,,false"), csv);
        assertTrue(rows.contains("reach.ethnicGroup,families," + WEB + ",5,,,,false"), csv);
        assertTrue(rows.contains("reach.disability,parents,PREFER_NOT_TO_SAY,2,,,,false"), csv);
    }

    @Test
    void shouldPrintTheSessionsInTheImpactReport() {
        String impact = "/api/v1/reports/impact?from=2024-01-01&to=2024-12-31&fundingStream=" + DIDCOT;
        String manager = page(TestTokens.staff("manager"), impact);
        assertTrue(manager.contains("data-figure=\"delivered.sessionsOffered.value\">55<"), manager);
        assertTrue(manager.contains("data-figure=\"delivered.sessionsAttended.value\">45<"), manager);
        assertTrue(manager.contains("data-figure=\"delivered.didNotAttend.percent\">13.5<"), manager);
        assertTrue(manager.contains("data-figure=\"delivered.completedCourse.percent\">66.7<"), manager);
        assertTrue(manager.contains("data-figure=\"delivered.sessionsPerCompletedEpisode.mean\">3.0<"), manager);
        // A funder: 9 episodes are too few for the statistics or the course rate, whose exact 66.7 is nowhere.
        String funder = page(TestTokens.funder(DIDCOT), impact);
        assertTrue(funder.contains("data-figure=\"delivered.sessionsAttended.value\">45<"), funder);
        assertTrue(!funder.contains("delivered.sessionsPerCompletedEpisode.mean") && !funder.contains("66.7"), funder);
    }

    private static String page(String token, String path) {
        return given().auth()
                .oauth2(token)
                .accept("text/html")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    // ---------------------------------------------------------------------------------------------- the cohort

    /** The referrals feed's items, in the order the feed publishes them. */
    static List<Map<String, Object>> cohort() {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(family(1, "OX11", 3)
                .sessions("AAAAAA")
                .parent(1, WEB, MOTHER, "YES", "NO", "NO", "AGE_30_34")
                .parent(2, WEB, "FATHER", "YES", "NO", "NO", "AGE_30_34")
                .closed("2024-09-30")
                .item());
        items.add(family(2, "OX11", null)
                .sessions("AADAAF")
                .parent(1, "ASIAN_INDIAN", MOTHER, "NO", "NO", "YES", "AGE_25_29")
                .closed("2024-10-15")
                .item());
        items.add(family(3, "OX11", 1)
                .sessions("ADDASA")
                .parent(1, PNTS, MOTHER, "YES", PNTS, "NO", "UNDER_20")
                .closed("2024-11-20")
                .item());
        items.add(family(4, "OX11", 7)
                .sessions("ADD")
                .parent(1, WEB, MOTHER, "YES", "YES", "NO", "AGE_20_24")
                .closed("2024-06-30")
                .item());
        items.add(family(5, "OX11", 2)
                .sessions("DF")
                .parent(1, "BLACK_AFRICAN", MOTHER, "YES", "NO", "NO", "AGE_25_29")
                .closed("2024-05-31")
                .item());
        items.add(family(6, "OX14", 12)
                .sessions("AAAAA")
                .parent(1, "WHITE_OTHER", MOTHER, "NO", "NO", "NO", "AGE_35_39")
                .parent(2, WEB, "PARTNER", NA, NA, NA, "AGE_35_39")
                .item());
        items.add(family(7, "OX14", 0)
                .sessions("AAASA")
                .parent(1, "MIXED_WHITE_AND_ASIAN", MOTHER, "YES", "NO", "NO", "AGE_25_29")
                .item());
        items.add(family(8, "OX11", 18)
                .sessions("AA")
                .parent(1, WEB, MOTHER, "YES", "NO", "NO", "AGE_30_34")
                .closed("2024-12-10")
                .item());
        items.add(family(9, "OX11", null)
                .sessions("AAAD")
                .parent(1, NA, NA, NA, NA, NA, null)
                .item());
        items.add(family(10, "OX14", 20)
                .sessions("AFAA")
                .parent(1, WEB, "OTHER_CARER", "NO", "NO", "NO", "AGE_40_PLUS")
                .item());
        items.add(family(11, "OX11", 5)
                .received("2023-11-01")
                .session("2023-12-15", "ATTENDED")
                .session("2024-01-10", "ATTENDED")
                .parent(1, "ASIAN_PAKISTANI", MOTHER, "NO", "NO", "YES", "AGE_20_24")
                .closed("2024-02-28")
                .item());
        items.add(family(12, "OX11", 3)
                .received("2023-09-01")
                .session("2023-10-01", "ATTENDED")
                .session("2023-11-01", "ATTENDED")
                .parent(1, WEB, MOTHER, "YES", "NO", "NO", "AGE_30_34")
                .closed("2023-12-20")
                .item());
        items.add(family(13, "OX11", 4).sessions("AAAA").withoutParents().item());
        items.add(family(14, "OX11", 6)
                .sessions("SS")
                .parent(1, WEB, MOTHER, "YES", "NO", "NO", "AGE_30_34")
                .item());
        items.add(family(15, "OX11", 9)
                .sessions("AAAAAAAA")
                .parent(1, WEB, MOTHER, "NO", "NO", "NO", "AGE_30_34")
                .parent(2, WEB, "FATHER", "NO", PNTS, "NO", "AGE_40_PLUS")
                .closed("2024-08-31")
                .item());
        // D16: its second session deleted; the newer item is published first, the older one after it.
        Family d16 = family(16, "OX12", 2).parent(1, "BLACK_CARIBBEAN", MOTHER, "YES", "NO", "NO", "UNDER_20");
        Map<String, Object> older =
                d16.sessions("AA").changedAt("2024-04-01T10:00:00Z").item();
        items.add(d16.withSessionsOf(older, 1)
                .closed("2024-07-31")
                .changedAt("2024-08-01T10:00:00Z")
                .item());
        items.add(older);
        items.add(family(17, "OX11", 3).stream(GRANT)
                .sessions("AAD")
                .parent(1, "WHITE_IRISH", MOTHER, "YES", "NO", "NO", "AGE_25_29")
                .item());
        return items;
    }

    static UUID id(int n) {
        return UUID.nameUUIDFromBytes(("delivered-reach-D" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Family family(int n, String area, Integer babyAgeMonths) {
        return new Family(n, area, babyAgeMonths);
    }

    /** One family's referral facts, written as referrals-service's feed writes them. */
    static final class Family {
        private final int n;
        private final Map<String, Object> item = new LinkedHashMap<>();
        private final List<Map<String, Object>> sessions = new ArrayList<>();
        private final List<Map<String, Object>> parents = new ArrayList<>();

        Family(int n, String area, Integer babyAgeMonths) {
            this.n = n;
            item.put("referralId", id(n).toString());
            item.put("receivedOn", "2024-01-15");
            item.put("sourceType", "HEALTH_VISITOR");
            item.put("agencyId", null);
            item.put("area", area);
            item.put("eligible", true);
            item.put("pregnant", babyAgeMonths == null);
            item.put("babyAgeMonths", babyAgeMonths);
            item.put("fundingStream", DIDCOT);
            item.put("status", "IN_THERAPY");
            item.put("acceptedOn", "2024-01-20");
            item.put("waitingOn", "2024-01-21");
            item.put("firstSessionOn", null);
            item.put("closedOn", null);
            item.put("closureReason", null);
            item.put("erased", false);
            item.put("changedAt", "2025-01-02T10:00:00Z");
        }

        Family received(String on) {
            LocalDate received = LocalDate.parse(on);
            item.put("receivedOn", on);
            item.put("acceptedOn", received.plusDays(5).toString());
            item.put("waitingOn", received.plusDays(6).toString());
            return this;
        }

        Family stream(String fundingStream) {
            item.put("fundingStream", fundingStream);
            return this;
        }

        /** Sessions every fortnight from 1 March 2024, one letter each: A, D, F or S. */
        Family sessions(String attendance) {
            sessions.clear();
            for (int i = 0; i < attendance.length(); i++) {
                String kind = switch (attendance.charAt(i)) {
                    case 'A' -> "ATTENDED";
                    case 'D' -> "DID_NOT_ATTEND";
                    case 'F' -> "CANCELLED_BY_FAMILY";
                    case 'S' -> "CANCELLED_BY_SERVICE";
                    default -> throw new IllegalArgumentException(attendance);
                };
                session(LocalDate.parse("2024-03-01").plusWeeks(2L * i).toString(), kind);
            }
            return this;
        }

        Family session(String on, String attendance) {
            Map<String, Object> session = new LinkedHashMap<>();
            session.put(
                    "sessionId",
                    UUID.nameUUIDFromBytes(("D" + n + "-" + sessions.size()).getBytes())
                            .toString());
            session.put("date", on);
            session.put("kind", sessions.isEmpty() ? "ASSESSMENT" : "PARENT_INFANT");
            session.put("setting", sessions.size() % 2 == 0 ? "HOME" : "CLINIC");
            session.put("attendance", attendance);
            session.put("durationMinutes", 60);
            session.put("attendees", List.of("PARENT_1", "BABY"));
            sessions.add(session);
            if (attendance.equals("ATTENDED") && item.get("firstSessionOn") == null) {
                item.put("firstSessionOn", on);
            }
            return this;
        }

        Family parent(
                int position,
                String ethnicGroup,
                String relationship,
                String firstTime,
                String disability,
                String interpreter,
                String ageBand) {
            Map<String, Object> parent = new LinkedHashMap<>();
            parent.put("position", position);
            parent.put("ageBand", ageBand);
            parent.put("ethnicGroup", ethnicGroup);
            parent.put("relationshipToBaby", relationship);
            parent.put("firstTimeParent", firstTime);
            parent.put("disability", disability);
            parent.put("needsInterpreter", interpreter);
            parents.add(parent);
            return this;
        }

        /** As an item written before the feed carried parents: no {@code parents} at all. */
        Family withoutParents() {
            parents.clear();
            item.put("parents", null);
            return this;
        }

        Family withSessionsOf(Map<String, Object> other, int keep) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> theirs = (List<Map<String, Object>>) other.get("sessions");
            sessions.clear();
            sessions.addAll(theirs.subList(0, keep));
            return this;
        }

        Family closed(String on) {
            item.put("status", "CLOSED");
            item.put("closedOn", on);
            item.put("closureReason", "COMPLETED");
            return this;
        }

        Family changedAt(String at) {
            item.put("changedAt", at);
            return this;
        }

        Map<String, Object> item() {
            Map<String, Object> copy = new LinkedHashMap<>(item);
            copy.put("sessions", List.copyOf(sessions));
            if (!item.containsKey("parents")) {
                copy.put("parents", List.copyOf(parents));
            } else {
                copy.remove("parents");
            }
            return copy;
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static JsonPath summary(String token, String path) {
        return given().auth()
                .oauth2(token)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .jsonPath();
    }

    /** Every category in order, with the exact count given or zero. */
    private static List<Map<String, Object>> exact(List<String> known, Map<String, Integer> counted) {
        return categories(
                known,
                known.stream().map(name -> count(counted.getOrDefault(name, 0))).toList());
    }

    private static List<Map<String, Object>> withHidden(
            List<String> known, Map<String, Integer> shown, List<String> hidden) {
        return categories(
                known,
                known.stream()
                        .map(name -> hidden.contains(name) ? hiddenCount() : count(shown.getOrDefault(name, 0)))
                        .toList());
    }

    private static List<Map<String, Object>> counts(List<String> known, int... values) {
        List<Map<String, Object>> counts = new ArrayList<>();
        for (int value : values) {
            counts.add(count(value));
        }
        return categories(known, counts);
    }

    private static List<Object> counts(List<Map<String, Object>> categories) {
        return categories.stream().map(category -> category.get("count")).toList();
    }

    @Test
    void shouldCountTheSameSessionsByIntervalAsOverTheWholePeriod() {
        SummaryByIntervals.assertSameAsOnePeriod(store, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), null);
        SummaryByIntervals.assertSameAsOnePeriod(store, LocalDate.of(2023, 7, 1), LocalDate.of(2024, 12, 31), DIDCOT);
    }
}
