package org.oxpip.reporting.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oxpip.reporting.report.CohortReportTest.YEAR_2024;
import static org.oxpip.reporting.report.CohortReportTest.categories;
import static org.oxpip.reporting.report.CohortReportTest.summary;
import static org.oxpip.reporting.testing.Figures.count;
import static org.oxpip.reporting.testing.Figures.hiddenCount;
import static org.oxpip.reporting.testing.Figures.hiddenRate;
import static org.oxpip.reporting.testing.Figures.rate;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.reporting.testing.FeedsStub;

/**
 * The same cohort for a funder under the stricter policy after NHS England practice: 1-7 suppressed,
 * every other count rounded to the nearest 5, rates from the rounded counts. The exact figures are
 * those worked out in CohortReportTest.
 */
@QuarkusTest
@TestProfile(CohortNhsEnglandTest.NhsEnglandPolicy.class)
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class CohortNhsEnglandTest {

    public static class NhsEnglandPolicy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("oxpip.disclosure.policy", "nhs-england");
        }
    }

    @ConfigProperty(name = "quarkus.rest-client.referrals.url")
    String upstreamUrl;

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
    void shouldRoundAndSuppressForAFunder() {
        JsonPath report = summary("funder", YEAR_2024);
        assertEquals("nhs-england", report.getString("disclosure"));
        assertEquals(count(25), report.getMap("referrals.received")); // 26 → 25
        // HV 12 → 10; MW 5, GP 3, PMH 4, SELF 2 are 1-7: hidden; zeros stay.
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
                                count(10),
                                hiddenCount(),
                                hiddenCount(),
                                hiddenCount(),
                                count(0),
                                count(0),
                                hiddenCount())),
                report.getList("referrals.bySourceType"));
        // OX10 6 and OX4 2 hidden, OX11 18 → 20.
        assertEquals(
                categories(List.of("OX10", "OX11", "OX4"), List.of(hiddenCount(), count(20), hiddenCount())),
                report.getList("referrals.byArea"));
        assertEquals(rate(20, 25, 80.0f), report.getMap("referrals.accepted")); // 20 of 26 → 20 of 25
        assertEquals(hiddenRate(), report.getMap("referrals.declined")); // 3
        // Triage 20, 3, 2, 1: rounded, and the small ones hidden with no more: rounding leaves only a range.
        assertEquals(
                categories(
                        List.of("ACCEPTED", "DECLINED", "REDIRECTED", "PENDING"),
                        List.of(count(20), hiddenCount(), hiddenCount(), hiddenCount())),
                report.getList("referrals.triage"));
        // 23 → 25 of 26 → 25: the rounded counts make it look whole; that is the policy.
        assertEquals(rate(25, 25, 100.0f), report.getMap("referrals.eligible"));
        assertEquals(count(20), report.getMap("waiting.firstSessions")); // 22 → 20
        assertEquals(38.5f, report.getFloat("waiting.medianDays")); // over 22 waits: shown as is
        assertEquals(count(30), report.getMap("activity.familiesSeen")); // 28 → 30
        assertEquals(count(25), report.getMap("activity.episodesClosed")); // 24 → 25
        assertEquals(
                categories(
                        List.of("COMPLETED", "DID_NOT_ENGAGE", "MOVED_AWAY", "REFERRED_ON", "OTHER"),
                        List.of(count(20), hiddenCount(), hiddenCount(), hiddenCount(), count(0))),
                report.getList("activity.closedByReason")); // 19 → 20; 2, 1, 2 hidden
        // Headlines: PIRGAS 17 of 20 → 15 of 20 = 75 %; mental health 20 of 24 → 20 of 25 = 80 %.
        assertEquals(rate(15, 20, 75.0f), report.getMap("outcomes.pirgasFamiliesImproved"));
        assertEquals(rate(20, 25, 80.0f), report.getMap("outcomes.parentsMentalHealthImproved"));
        assertEquals(rate(10, 20, 50.0f), report.getMap("outcomes.pirgasFamiliesMeaningfullyImproved")); // 12 → 10
        assertEquals(hiddenRate(), report.getMap("outcomes.pirgasFamiliesReliablyDeteriorated")); // 1
        // Mental health: reliable improvement 15 of 24 → 15 of 25 = 60 %; recovery 14 of 20 → 15 of 20 = 75 %;
        // reliable recovery 11 of 20 → 10 of 20 = 50 %; reliable deterioration 2: hidden.
        assertEquals(
                Map.of(
                        "parents", count(25),
                        "improved", rate(20, 25, 80.0f),
                        "reliableImprovement", rate(15, 25, 60.0f),
                        "reliableDeterioration", hiddenRate(),
                        "atCasenessAtBaseline", count(20),
                        "recovery", rate(15, 20, 75.0f),
                        "reliableRecovery", rate(10, 20, 50.0f)),
                report.getMap("outcomes.parentsMentalHealth"));
        // EPDS: 6 parents and everything over them hidden.
        assertEquals(hiddenCount(), report.getMap("outcomes.epds.parents"));
        assertEquals(hiddenRate(), report.getMap("outcomes.epds.improved"));
        // Satisfaction 8 of 10 → 10 of 10.
        assertEquals(rate(10, 10, 100.0f), report.getMap("outcomes.satisfactionPositive"));
    }

    @Test
    void shouldStillShowAManagerTheExactFigures() {
        JsonPath report = summary("manager", YEAR_2024);
        assertEquals("none", report.getString("disclosure"));
        assertEquals(rate(17, 20, 85.0f), report.getMap("outcomes.pirgasFamiliesImproved"));
        assertEquals(rate(20, 24, 83.3f), report.getMap("outcomes.parentsMentalHealthImproved"));
    }

    @Test
    void shouldPublishAReportForOneAreaRounded() {
        // Rounded, the whole minus one area gives the other areas only to within a range: OX11's 18 shows as 20.
        JsonPath report = summary("funder", YEAR_2024 + "&area=OX11");
        assertEquals("OX11", report.getString("area"));
        assertEquals(count(20), report.getMap("referrals.received"));
    }
}
