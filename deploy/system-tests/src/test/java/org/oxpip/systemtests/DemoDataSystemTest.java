package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.stack.DemoData;
import org.oxpip.stack.DemoHistory;
import org.oxpip.stack.DemoRealm;

/**
 * The demo data a newcomer loads with {@code run.sh --demo-data}, through the real APIs, and the reports it
 * makes: the manager's figures for DIDCOT_POWERHOUSE in each of 2022, 2023 and 2024, worked out by hand from
 * the families' stories (deploy/local's DemoHistory; the figures are also in deploy/local/README.md).
 * Loaded twice: the second load creates nothing, so the figures stay the same.
 */
@ExtendWith(RunningStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataSystemTest {

    @BeforeAll
    void loadTwiceAndSync() {
        new DemoData(RunningStack.stack()).load();
        new DemoData(RunningStack.stack()).load();
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post(RunningStack.stack().reportingUrl() + "/api/v1/sync")
                .then()
                .statusCode(200);
    }

    /**
     * Twenty families a year: 18 on DIDCOT_POWERHOUSE (the two others on SOUTH_OXON_FAMILIES), one declined,
     * one redirected, the rest accepted. Episodes close five to six months into therapy, so a year's outcomes
     * are those of the families who finished in it.
     */
    @Test
    void year2023ShouldShowTheStoryExactly() {
        JsonPath report = report("2023");
        assertAll(
                () -> assertEquals(18, count(report, "referrals.received")),
                () -> assertEquals(
                        Map.of("ACCEPTED", 16L, "DECLINED", 1L, "REDIRECTED", 1L, "PENDING", 0L),
                        breakdown(report, "referrals.triage")),
                () -> assertEquals("18/18 100.0", rate(report, "referrals.eligible")),
                () -> assertEquals(16, count(report, "waiting.firstSessions")),
                () -> assertEquals(36.0, report.getDouble("waiting.medianDays"), 0.001),
                () -> assertEquals(17, count(report, "activity.episodesClosed")),
                // 17 families closed: all improved on PIRGAS but the one that deteriorated (55 -> 42).
                () -> assertEquals("16/17 94.1", rate(report, "outcomes.pirgasFamiliesImproved")),
                () -> assertEquals("13/17 76.5", rate(report, "outcomes.pirgasFamiliesMeaningfullyImproved")),
                () -> assertEquals("1/17 5.9", rate(report, "outcomes.pirgasFamiliesReliablyDeteriorated")),
                // 22 parents (17 first parents, 5 second): the unchanged one and the deteriorated one did not improve.
                () -> assertEquals("20/22 90.9", rate(report, "outcomes.parentsMentalHealthImproved")),
                () -> assertEquals("13/22 59.1", rate(report, "outcomes.parentsMentalHealth.reliableImprovement")),
                () -> assertEquals("1/22 4.5", rate(report, "outcomes.parentsMentalHealth.reliableDeterioration")),
                () -> assertEquals(20, count(report, "outcomes.parentsMentalHealth.atCasenessAtBaseline")),
                () -> assertEquals("19/20 95.0", rate(report, "outcomes.parentsMentalHealth.recovery")),
                () -> assertEquals("13/20 65.0", rate(report, "outcomes.parentsMentalHealth.reliableRecovery")),
                () -> assertEquals(5, count(report, "outcomes.epds.parents")),
                () -> assertEquals(17, count(report, "outcomes.satisfactionResponses")),
                () -> assertEquals("15/17 88.2", rate(report, "outcomes.satisfactionPositive")));
    }

    /**
     * The sessions the demo families had in 2023 on DIDCOT_POWERHOUSE, counted here straight from the history
     * (DemoHistory's sessions, the same the loader sent one by one through the sessions API), against the
     * report's delivered section, which reporting-service counted from the referrals feed.
     */
    @Test
    void year2023ShouldCountTheSessionsDelivered() {
        List<DemoHistory.Session> sessions = DemoHistory.families().stream()
                .filter(family -> family.fundingStream().equals("DIDCOT_POWERHOUSE"))
                .flatMap(family -> family.sessions().stream())
                .filter(session -> session.date().getYear() == 2023)
                .toList();
        long attended =
                sessions.stream().filter(s -> s.attendance().equals("ATTENDED")).count();
        long missed = sessions.stream()
                .filter(s -> s.attendance().equals("DID_NOT_ATTEND"))
                .count();
        long byFamily = sessions.stream()
                .filter(s -> s.attendance().equals("CANCELLED_BY_FAMILY"))
                .count();
        long families = DemoHistory.families().stream()
                .filter(family -> family.fundingStream().equals("DIDCOT_POWERHOUSE"))
                .filter(family -> family.sessions().stream()
                        .anyMatch(s ->
                                s.date().getYear() == 2023 && s.attendance().equals("ATTENDED")))
                .count();
        JsonPath report = report("2023");
        assertAll(
                () -> assertTrue(
                        attended > 100 && missed > 0 && byFamily > 0, attended + " " + missed + " " + byFamily),
                () -> assertEquals(attended + missed + byFamily, count(report, "delivered.sessionsOffered")),
                () -> assertEquals(attended, count(report, "delivered.sessionsAttended")),
                () -> assertEquals(families, count(report, "delivered.familiesSeen")),
                () -> assertEquals(families, count(report, "reach.families")),
                () -> assertEquals(
                        missed + "/" + (attended + missed) + " "
                                + java.math.BigDecimal.valueOf(100.0 * missed / (attended + missed))
                                        .setScale(1, java.math.RoundingMode.HALF_UP),
                        rate(report, "delivered.didNotAttend")));
    }

    @Test
    void year2022ShouldCountOnlyTheEpisodesThatEndedIn2022() {
        JsonPath report = report("2022");
        assertAll(
                () -> assertEquals(18, count(report, "referrals.received")),
                () -> assertEquals(8, count(report, "activity.episodesClosed")),
                () -> assertEquals("8/8 100.0", rate(report, "outcomes.pirgasFamiliesImproved")),
                () -> assertEquals("9/9 100.0", rate(report, "outcomes.parentsMentalHealthImproved")),
                () -> assertEquals("8/8 100.0", rate(report, "outcomes.satisfactionPositive")));
    }

    @Test
    void year2024ShouldShowTheStoryExactly() {
        JsonPath report = report("2024");
        assertAll(
                () -> assertEquals(18, count(report, "referrals.received")),
                () -> assertEquals(16, count(report, "activity.episodesClosed")),
                () -> assertEquals("16/16 100.0", rate(report, "outcomes.pirgasFamiliesImproved")),
                () -> assertEquals("19/20 95.0", rate(report, "outcomes.parentsMentalHealthImproved")),
                () -> assertEquals("18/19 94.7", rate(report, "outcomes.parentsMentalHealth.recovery")),
                () -> assertEquals("14/16 87.5", rate(report, "outcomes.satisfactionPositive")));
    }

    private static JsonPath report(String year) {
        return given().auth()
                .oauth2(Tokens.user(DemoRealm.MANAGER))
                .queryParam("from", year + "-01-01")
                .queryParam("to", year + "-12-31")
                .queryParam("fundingStream", "DIDCOT_POWERHOUSE")
                .when()
                .get(RunningStack.stack().reportingUrl() + "/api/v1/reports/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static long count(JsonPath report, String path) {
        assertEquals(false, report.getBoolean(path + ".suppressed"), path + " suppressed");
        return report.getLong(path + ".value");
    }

    private static String rate(JsonPath report, String path) {
        Map<String, Object> r = report.getMap(path);
        return r.get("numerator") + "/" + r.get("denominator") + " " + r.get("percent");
    }

    private static Map<String, Long> breakdown(JsonPath report, String path) {
        List<Map<String, Object>> cells = report.getList(path);
        return cells.stream()
                .collect(Collectors.toMap(
                        c -> (String) c.get("category"),
                        c -> ((Number) ((Map<?, ?>) c.get("count")).get("value")).longValue()));
    }
}
