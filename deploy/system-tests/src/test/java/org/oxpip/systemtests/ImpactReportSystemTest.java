package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.stack.DemoRealm;

/**
 * Issue 5's story end to end: a small cohort entered through the real referrals and outcomes APIs, pulled by
 * reporting-service after POST /api/v1/sync, shows up in the 2024 impact report with every figure worked out
 * by hand below: exact for the manager, through the default disclosure control for the funder.
 *
 * <p>The cohort has its own funding stream (new on every run), so the figures are its own whatever else the
 * stack holds.
 */
@ExtendWith(RunningStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpactReportSystemTest {

    private static final LocalDate CLOSED_ON = LocalDate.of(2024, 10, 1);
    private static final LocalDate END_MEASURES_ON = LocalDate.of(2024, 9, 20);

    /**
     * Ten families seen in 2024. Received 1-10 February, first session {@code waitDays} later (waits 10..100:
     * median 55, 90th percentile 91), all closed COMPLETED on 1 October. PHQ-9 (case >= 10, reliable change 6),
     * GAD-7 (case >= 8, reliable change 4) and PIRGAS (meaningful/reliable change 10) at the first session and
     * on 20 September.
     */
    private record Seen(
            String sourceType,
            String district,
            int waitDays,
            int phqFrom,
            int phqTo,
            int gadFrom,
            int gadTo,
            Integer pirgasFrom,
            Integer pirgasTo) {}

    private static final List<Seen> SEEN = List.of(
            //                                          PHQ-9     GAD-7    PIRGAS     combined PHQ-9 and/or GAD-7
            new Seen("HEALTH_VISITOR", "OX11", 10, 18, 6, 15, 5, 40, 60), // reliably recovered
            new Seen("HEALTH_VISITOR", "OX11", 20, 12, 8, 10, 7, 50, 55), // recovered, not reliably
            new Seen("HEALTH_VISITOR", "OX11", 30, 20, 16, 16, 10, 30, 45), // reliably improved, still a case
            new Seen("HEALTH_VISITOR", "OX11", 40, 8, 4, 6, 3, 60, 70), // improved, never a case
            new Seen("HEALTH_VISITOR", "OX11", 50, 14, 20, 12, 6, 55, 45), // PHQ-9 reliably worse: not improved
            new Seen("HEALTH_VISITOR", "OX11", 60, 10, 10, 9, 9, 45, 45), // no change
            new Seen("SELF", "OX11", 70, 16, 9, 14, 12, 35, 38), // reliably improved, GAD-7 still a case
            new Seen("SELF", "OX11", 80, 11, 3, 7, 2, 65, 75), // reliably recovered
            new Seen("SELF", "OX10", 90, 22, 15, 18, 13, null, null), // reliably improved, still a case
            new Seen("SELF", "OX10", 100, 5, 2, 4, 6, null, null)); // improved (GAD-7 +2 is not reliable)

    private final String fundingStream =
            "SYSTEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    /** The ten families seen, by referral id: their outcomes are read one by one from outcomes-service. */
    private final List<String> seen = new ArrayList<>();

    @BeforeAll
    void enterTheCohortThroughTheApisAndSync() {
        for (int i = 0; i < SEEN.size(); i++) {
            Seen f = SEEN.get(i);
            LocalDate received = LocalDate.of(2024, 2, 1 + i);
            LocalDate firstSession = received.plusDays(f.waitDays());
            String id = Referrals.submit(
                    Tokens.clinician(),
                    Families.staffReferral(Families.parent(f.district()), f.sourceType(), received, fundingStream));
            Referrals.move(id, "ACCEPTED", received.plusDays(2), null);
            Referrals.move(id, "WAITING", received.plusDays(5), null);
            Referrals.move(id, "IN_THERAPY", firstSession, null);
            Referrals.move(id, "CLOSED", CLOSED_ON, "COMPLETED");
            seen.add(id);
            // Recorded after closing, as often happens: a CLOSED referral still takes its measures.
            Measures.record(id, "PHQ9", "BASELINE", firstSession, Measures.phq9(f.phqFrom()));
            Measures.record(id, "PHQ9", "END", END_MEASURES_ON, Measures.phq9(f.phqTo()));
            Measures.record(id, "GAD7", "BASELINE", firstSession, Measures.gad7(f.gadFrom()));
            Measures.record(id, "GAD7", "END", END_MEASURES_ON, Measures.gad7(f.gadTo()));
            if (f.pirgasFrom() != null) {
                Measures.record(id, "PIRGAS", "BASELINE", firstSession, Measures.pirgas(f.pirgasFrom()));
                Measures.record(id, "PIRGAS", "END", END_MEASURES_ON, Measures.pirgas(f.pirgasTo()));
            }
        }
        // Two GP referrals from OX10 in March: one declined, one still waiting for triage.
        String declined = Referrals.submit(
                Tokens.clinician(),
                Families.staffReferral(Families.parent("OX10"), "GP", LocalDate.of(2024, 3, 1), fundingStream));
        Referrals.move(declined, "DECLINED", LocalDate.of(2024, 3, 5), null);
        Referrals.submit(
                Tokens.clinician(),
                Families.staffReferral(Families.parent("OX10"), "GP", LocalDate.of(2024, 3, 2), fundingStream));

        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post(RunningStack.stack().reportingUrl() + "/api/v1/sync")
                .then()
                .statusCode(200);
    }

    @Test
    void managerShouldSeeEveryFigureExactly() {
        JsonPath report = report(Tokens.user(DemoRealm.MANAGER));
        assertNotNull(report.getString("dataAsOf"), "dataAsOf after a sync");
        assertAll(
                () -> assertEquals("none", report.getString("disclosure")),
                () -> assertEquals(12, count(report, "referrals.received")),
                () -> assertEquals(
                        Map.of(
                                "HEALTH_VISITOR",
                                6L,
                                "SELF",
                                4L,
                                "GP",
                                2L,
                                "MIDWIFE",
                                0L,
                                "PERINATAL_MENTAL_HEALTH",
                                0L,
                                "SOCIAL_CARE",
                                0L,
                                "OTHER",
                                0L),
                        breakdown(report, "referrals.bySourceType")),
                () -> assertEquals(List.of("OX10", "OX11"), report.getList("referrals.byArea.category")),
                () -> assertEquals(Map.of("OX10", 4L, "OX11", 8L), breakdown(report, "referrals.byArea")),
                () -> assertEquals(
                        Map.of("ACCEPTED", 10L, "DECLINED", 1L, "REDIRECTED", 0L, "PENDING", 1L),
                        breakdown(report, "referrals.triage")),
                () -> assertEquals("10/12 83.3", rate(report, "referrals.accepted")),
                () -> assertEquals("1/12 8.3", rate(report, "referrals.declined")),
                () -> assertEquals("0/12 0.0", rate(report, "referrals.redirected")),
                () -> assertEquals("12/12 100.0", rate(report, "referrals.eligible")),
                () -> assertEquals(10, count(report, "waiting.firstSessions")),
                () -> assertEquals(55.0, report.getDouble("waiting.medianDays"), 0.001),
                () -> assertEquals(91.0, report.getDouble("waiting.p90Days"), 0.001),
                () -> assertEquals(10, count(report, "activity.familiesSeen")),
                () -> assertEquals(10, count(report, "activity.episodesClosed")),
                () -> assertEquals(
                        10L, breakdown(report, "activity.closedByReason").get("COMPLETED")),
                () -> assertEquals(8, count(report, "outcomes.pirgasFamilies")),
                () -> assertEquals("6/8 75.0", rate(report, "outcomes.pirgasFamiliesImproved")),
                () -> assertEquals("4/8 50.0", rate(report, "outcomes.pirgasFamiliesMeaningfullyImproved")),
                () -> assertEquals("1/8 12.5", rate(report, "outcomes.pirgasFamiliesReliablyDeteriorated")),
                () -> assertEquals("8/10 80.0", rate(report, "outcomes.parentsMentalHealthImproved")),
                () -> assertEquals(10, count(report, "outcomes.parentsMentalHealth.parents")),
                () -> assertEquals("8/10 80.0", rate(report, "outcomes.parentsMentalHealth.improved")),
                () -> assertEquals("5/10 50.0", rate(report, "outcomes.parentsMentalHealth.reliableImprovement")),
                () -> assertEquals("1/10 10.0", rate(report, "outcomes.parentsMentalHealth.reliableDeterioration")),
                () -> assertEquals(8, count(report, "outcomes.parentsMentalHealth.atCasenessAtBaseline")),
                () -> assertEquals("3/8 37.5", rate(report, "outcomes.parentsMentalHealth.recovery")),
                () -> assertEquals("2/8 25.0", rate(report, "outcomes.parentsMentalHealth.reliableRecovery")),
                () -> assertEquals(0, count(report, "outcomes.epds.parents")),
                () -> assertEquals(0, count(report, "outcomes.satisfactionResponses")));
    }

    /**
     * The two implementations of the outcome rules, end to end: each family's outcomes as outcomes-service works
     * them out (GET /api/v1/referrals/{id}/outcomes, Java), summed, are the report's numerators and denominators
     * (reporting-service's SQL over the synced read model, with the rules synced from the same catalogue).
     */
    @Test
    void theFamiliesOwnOutcomesShouldAddUpToTheReport() {
        long[] pirgas = new long[4];
        long[] parents = new long[7];
        long[] epds = new long[7];
        for (String id : seen) {
            JsonPath outcomes = given().auth()
                    .oauth2(Tokens.user(DemoRealm.MANAGER))
                    .when()
                    .get(Measures.url("/referrals/" + id + "/outcomes"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            Map<String, Object> family = outcomes.getMap("familyPirgas");
            if (family != null) {
                add(
                        pirgas,
                        1,
                        family.get("improved"),
                        family.get("meaningfulImprovement"),
                        family.get("reliableDeterioration"));
            }
            for (Map<String, Object> parent : outcomes.<Map<String, Object>>getList("parentMentalHealth")) {
                if (Boolean.TRUE.equals(parent.get("paired"))) {
                    addParent(parents, parent);
                }
            }
            for (Map<String, Object> measure : outcomes.<Map<String, Object>>getList("measures")) {
                if ("EPDS".equals(measure.get("instrument")) && Boolean.TRUE.equals(measure.get("paired"))) {
                    addParent(epds, measure);
                }
            }
        }
        JsonPath report = report(Tokens.user(DemoRealm.MANAGER));
        assertAll(
                () -> assertEquals(pirgas[0], count(report, "outcomes.pirgasFamilies")),
                () -> assertEquals(fraction(pirgas[1], pirgas[0]), numbers(report, "outcomes.pirgasFamiliesImproved")),
                () -> assertEquals(
                        fraction(pirgas[2], pirgas[0]), numbers(report, "outcomes.pirgasFamiliesMeaningfullyImproved")),
                () -> assertEquals(
                        fraction(pirgas[3], pirgas[0]), numbers(report, "outcomes.pirgasFamiliesReliablyDeteriorated")),
                () -> assertParents(parents, report, "outcomes.parentsMentalHealth"),
                () -> assertEquals(
                        fraction(parents[1], parents[0]), numbers(report, "outcomes.parentsMentalHealthImproved")),
                () -> assertParents(epds, report, "outcomes.epds"));
    }

    @Test
    void funderShouldSeeTheSameReportWithSmallNumbersSuppressed() {
        // A funder sees only the streams its token names: this one funds the cohort's stream, and only that.
        JsonPath report = report(KeycloakAdmin.tokenOfFunderOf(fundingStream));
        assertAll(
                () -> assertEquals("default", report.getString("disclosure")),
                () -> assertEquals(12, count(report, "referrals.received")),
                // 1-4 hidden; two cells hidden already, so neither can be worked out from the total.
                () -> assertEquals("6", cell(report, "referrals.bySourceType", "HEALTH_VISITOR")),
                () -> assertEquals("suppressed", cell(report, "referrals.bySourceType", "SELF")),
                () -> assertEquals("suppressed", cell(report, "referrals.bySourceType", "GP")),
                () -> assertEquals("0", cell(report, "referrals.bySourceType", "MIDWIFE")),
                // OX10 (4) is hidden, so OX11 (8) is hidden too: 12 - 8 would give it away.
                () -> assertEquals("suppressed", cell(report, "referrals.byArea", "OX10")),
                () -> assertEquals("suppressed", cell(report, "referrals.byArea", "OX11")),
                // Triage: accepted 10, declined 1, redirected 0, pending 1. The two hidden ones add up to
                // 12 - 10 - 0 = 2, so both would be 1: accepted, the smallest other, is hidden too, rate and all.
                () -> assertEquals("suppressed", cell(report, "referrals.triage", "ACCEPTED")),
                () -> assertEquals("suppressed", cell(report, "referrals.triage", "DECLINED")),
                () -> assertEquals("0", cell(report, "referrals.triage", "REDIRECTED")),
                () -> assertEquals("suppressed", cell(report, "referrals.triage", "PENDING")),
                () -> assertEquals("suppressed", rate(report, "referrals.accepted")),
                () -> assertEquals("suppressed", rate(report, "referrals.declined")),
                () -> assertEquals("12/12 100.0", rate(report, "referrals.eligible")),
                () -> assertEquals(55.0, report.getDouble("waiting.medianDays"), 0.001, "ten waits: shown"),
                () -> assertEquals(10, count(report, "activity.episodesClosed")),
                // Eight families: the count is shown, every rate over it is not (denominator below 10).
                () -> assertEquals(8, count(report, "outcomes.pirgasFamilies")),
                () -> assertEquals("suppressed", rate(report, "outcomes.pirgasFamiliesImproved")),
                () -> assertEquals("suppressed", rate(report, "outcomes.pirgasFamiliesMeaningfullyImproved")),
                () -> assertEquals("8/10 80.0", rate(report, "outcomes.parentsMentalHealthImproved")),
                () -> assertEquals("5/10 50.0", rate(report, "outcomes.parentsMentalHealth.reliableImprovement")),
                () -> assertEquals("suppressed", rate(report, "outcomes.parentsMentalHealth.reliableDeterioration")),
                () -> assertEquals("suppressed", rate(report, "outcomes.parentsMentalHealth.recovery")),
                () -> assertEquals("suppressed", rate(report, "outcomes.parentsMentalHealth.reliableRecovery")));
    }

    private JsonPath report(String token) {
        return given().auth()
                .oauth2(token)
                .queryParam("from", "2024-01-01")
                .queryParam("to", "2024-12-31")
                .queryParam("fundingStream", fundingStream)
                .when()
                .get(RunningStack.stack().reportingUrl() + "/api/v1/reports/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** parents, improved, reliably improved, reliably deteriorated, at caseness at baseline, recovered, reliably. */
    private static void addParent(long[] into, Map<String, Object> outcome) {
        add(
                into,
                1,
                outcome.get("improved"),
                outcome.get("reliableImprovement"),
                outcome.get("reliableDeterioration"),
                outcome.get("casenessAtBaseline"),
                outcome.get("recovered"),
                outcome.get("reliableRecovery"));
    }

    private static void add(long[] into, long one, Object... flags) {
        into[0] += one;
        for (int i = 0; i < flags.length; i++) {
            into[i + 1] += Boolean.TRUE.equals(flags[i]) ? 1 : 0;
        }
    }

    private static void assertParents(long[] sums, JsonPath report, String path) {
        assertAll(
                path,
                () -> assertEquals(sums[0], count(report, path + ".parents")),
                () -> assertEquals(fraction(sums[1], sums[0]), numbers(report, path + ".improved")),
                () -> assertEquals(fraction(sums[2], sums[0]), numbers(report, path + ".reliableImprovement")),
                () -> assertEquals(fraction(sums[3], sums[0]), numbers(report, path + ".reliableDeterioration")),
                () -> assertEquals(sums[4], count(report, path + ".atCasenessAtBaseline")),
                () -> assertEquals(fraction(sums[5], sums[4]), numbers(report, path + ".recovery")),
                () -> assertEquals(fraction(sums[6], sums[4]), numbers(report, path + ".reliableRecovery")));
    }

    private static String fraction(long numerator, long denominator) {
        return numerator + "/" + denominator;
    }

    /** A manager's rate as "numerator/denominator". */
    private static String numbers(JsonPath report, String path) {
        Map<String, Object> r = report.getMap(path);
        return r.get("numerator") + "/" + r.get("denominator");
    }

    private static long count(JsonPath report, String path) {
        assertEquals(false, report.getBoolean(path + ".suppressed"), path + " suppressed");
        return report.getLong(path + ".value");
    }

    /** "n/d p" or "suppressed" (then all three numbers must be null). */
    private static String rate(JsonPath report, String path) {
        Map<String, Object> r = report.getMap(path);
        if (Boolean.TRUE.equals(r.get("suppressed"))) {
            assertEquals(
                    Arrays.asList(null, null, null),
                    Arrays.asList(r.get("numerator"), r.get("denominator"), r.get("percent")),
                    path + " suppressed but shows numbers");
            return "suppressed";
        }
        return r.get("numerator") + "/" + r.get("denominator") + " " + r.get("percent");
    }

    private static Map<String, Long> breakdown(JsonPath report, String path) {
        List<Map<String, Object>> cells = report.getList(path);
        return cells.stream()
                .collect(Collectors.toMap(
                        c -> (String) c.get("category"),
                        c -> ((Number) ((Map<?, ?>) c.get("count")).get("value")).longValue()));
    }

    /** One cell of a breakdown: its value, or "suppressed". */
    private static String cell(JsonPath report, String path, String category) {
        List<Map<String, Object>> cells = report.getList(path);
        Map<String, Map<String, Object>> byCategory = cells.stream()
                .collect(Collectors.toMap(c -> (String) c.get("category"), c -> castCount(c.get("count"))));
        Map<String, Object> count = byCategory.get(category);
        assertNotNull(count, path + " has no " + category);
        return Boolean.TRUE.equals(count.get("suppressed")) ? "suppressed" : String.valueOf(count.get("value"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castCount(Object count) {
        return (Map<String, Object>) count;
    }
}
