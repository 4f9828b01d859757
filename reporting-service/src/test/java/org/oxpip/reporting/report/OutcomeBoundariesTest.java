package org.oxpip.reporting.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oxpip.reporting.report.CohortFamily.PARENT_1;
import static org.oxpip.reporting.report.CohortFamily.PARENT_2;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.testing.FeedsStub;
import org.oxpip.reporting.testing.ReadModel;
import org.oxpip.reporting.testing.UpstreamFeeds;

/**
 * Every threshold of reports/outcomes.sql on both sides of it, on a real PostgreSQL, with the rules read from
 * outcomes-service's catalogue as shipped (PHQ-9 caseness 10, reliable change 6; GAD-7 8, 4; EPDS 13, 4;
 * PIRGAS higher is better, meaningful and reliable change 10). Each case is one family, closed on a day of its
 * own, so the report over that one day (ReportStore, as the trend report runs it) holds that family alone:
 * turning a {@code >=} into a {@code >} in the SQL, or a threshold in the catalogue, fails a row here.
 * PIRGAS caseness is in no report, so it has no row (outcomes-service's PairedOutcomeTest has it).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class OutcomeBoundariesTest {

    static final LocalDate FIRST_CLOSED = LocalDate.parse("2022-01-03");

    /** One family, its scores, and what the report must count for it. */
    record Boundary(String why, UnaryOperator<CohortFamily> scores, OutcomeFigures expected) {
        @Override
        public String toString() {
            return why;
        }
    }

    static final List<Boundary> CASES = List.of(
            // PHQ-9: caseness 10, reliable change 6. Counts: parents, improved, reliably improved, reliably
            // deteriorated, at caseness at baseline, recovered, reliably recovered, at caseness at final.
            mentalHealth(
                    "PHQ-9 10 to 9: 10 is a case, 9 is not: recovered, not reliably",
                    phq9(10, 9),
                    1,
                    1,
                    0,
                    0,
                    1,
                    1,
                    0,
                    0),
            mentalHealth("PHQ-9 9 to 8: 9 is not a case", phq9(9, 8), 1, 1, 0, 0, 0, 0, 0, 0),
            mentalHealth("PHQ-9 11 to 10: 10 is still a case: not recovered", phq9(11, 10), 1, 1, 0, 0, 1, 0, 0, 1),
            mentalHealth("PHQ-9 16 to 10: down exactly 6 is reliable", phq9(16, 10), 1, 1, 1, 0, 1, 0, 0, 1),
            mentalHealth("PHQ-9 16 to 11: down 5 is not reliable", phq9(16, 11), 1, 1, 0, 0, 1, 0, 0, 1),
            mentalHealth("PHQ-9 15 to 9: down 6 to below 10: reliable recovery", phq9(15, 9), 1, 1, 1, 0, 1, 1, 1, 0),
            mentalHealth(
                    "PHQ-9 14 to 9: down 5 to below 10: recovered, not reliably", phq9(14, 9), 1, 1, 0, 0, 1, 1, 0, 0),
            mentalHealth("PHQ-9 3 to 9: up exactly 6 is reliable deterioration", phq9(3, 9), 1, 0, 0, 1, 0, 0, 0, 0),
            mentalHealth("PHQ-9 3 to 8: up 5 is not", phq9(3, 8), 1, 0, 0, 0, 0, 0, 0, 0),
            mentalHealth("PHQ-9 12 to 12: no change is not improvement", phq9(12, 12), 1, 0, 0, 0, 1, 0, 0, 1),
            mentalHealth("PHQ-9 12 to 11: down 1 is improvement", phq9(12, 11), 1, 1, 0, 0, 1, 0, 0, 1),
            mentalHealth("PHQ-9 12 to 13: up 1 is not", phq9(12, 13), 1, 0, 0, 0, 1, 0, 0, 1),
            // GAD-7: caseness 8, reliable change 4.
            mentalHealth("GAD-7 8 to 7: 8 is a case, 7 is not: recovered", gad7(8, 7), 1, 1, 0, 0, 1, 1, 0, 0),
            mentalHealth("GAD-7 7 to 6: 7 is not a case", gad7(7, 6), 1, 1, 0, 0, 0, 0, 0, 0),
            mentalHealth("GAD-7 9 to 8: 8 is still a case", gad7(9, 8), 1, 1, 0, 0, 1, 0, 0, 1),
            mentalHealth("GAD-7 12 to 8: down exactly 4 is reliable", gad7(12, 8), 1, 1, 1, 0, 1, 0, 0, 1),
            mentalHealth("GAD-7 12 to 9: down 3 is not", gad7(12, 9), 1, 1, 0, 0, 1, 0, 0, 1),
            mentalHealth("GAD-7 11 to 7: down 4 to below 8: reliable recovery", gad7(11, 7), 1, 1, 1, 0, 1, 1, 1, 0),
            mentalHealth("GAD-7 3 to 7: up exactly 4 is reliable deterioration", gad7(3, 7), 1, 0, 0, 1, 0, 0, 0, 0),
            mentalHealth("GAD-7 3 to 6: up 3 is not", gad7(3, 6), 1, 0, 0, 0, 0, 0, 0, 0),
            // EPDS: caseness 13, reliable change 4.
            epds("EPDS 13 to 12: 13 is a case, 12 is not: recovered", 13, 12, 1, 1, 0, 0, 1, 1, 0, 0),
            epds("EPDS 12 to 11: 12 is not a case", 12, 11, 1, 1, 0, 0, 0, 0, 0, 0),
            epds("EPDS 14 to 13: 13 is still a case", 14, 13, 1, 1, 0, 0, 1, 0, 0, 1),
            epds("EPDS 20 to 16: down exactly 4 is reliable", 20, 16, 1, 1, 1, 0, 1, 0, 0, 1),
            epds("EPDS 20 to 17: down 3 is not", 20, 17, 1, 1, 0, 0, 1, 0, 0, 1),
            epds("EPDS 16 to 12: down 4 to below 13: reliable recovery", 16, 12, 1, 1, 1, 0, 1, 1, 1, 0),
            epds("EPDS 5 to 9: up exactly 4 is reliable deterioration", 5, 9, 1, 0, 0, 1, 0, 0, 0, 0),
            epds("EPDS 5 to 8: up 3 is not", 5, 8, 1, 0, 0, 0, 0, 0, 0, 0),
            epds("EPDS 10 to 10: no change is not improvement", 10, 10, 1, 0, 0, 0, 0, 0, 0, 0),
            // PIRGAS, higher is better. Counts: families, improved, meaningfully improved, reliably deteriorated.
            pirgas("PIRGAS 50 to 60: up exactly 10 is meaningful", f -> f.pirgas(PARENT_1, 50, 60), 1, 1, 1, 0),
            pirgas("PIRGAS 50 to 59: up 9 is improvement, not meaningful", f -> f.pirgas(PARENT_1, 50, 59), 1, 1, 0, 0),
            pirgas("PIRGAS 50 to 51: up 1 is improvement", f -> f.pirgas(PARENT_1, 50, 51), 1, 1, 0, 0),
            pirgas("PIRGAS 50 to 50: no change is not", f -> f.pirgas(PARENT_1, 50, 50), 1, 0, 0, 0),
            pirgas(
                    "PIRGAS 50 to 40: down exactly 10 is reliable deterioration",
                    f -> f.pirgas(PARENT_1, 50, 40),
                    1,
                    0,
                    0,
                    1),
            pirgas("PIRGAS 50 to 41: down 9 is not", f -> f.pirgas(PARENT_1, 50, 41), 1, 0, 0, 0),
            pirgas("PIRGAS PARENT_2's dyad alone paired: the family's", f -> f.pirgas(PARENT_2, 30, 45), 1, 1, 1, 0),
            pirgas(
                    "PIRGAS both dyads paired: PARENT_1's counts, once",
                    f -> f.pirgas(PARENT_1, 50, 45).pirgas(PARENT_2, 30, 45),
                    1,
                    0,
                    0,
                    0),
            // PHQ-9 and/or GAD-7 per parent.
            mentalHealth(
                    "PHQ-9 16 to 10 reliably better, GAD-7 3 to 7 reliably worse: not improved, reliably worse",
                    f -> f.phq9(PARENT_1, 16, 10).gad7(PARENT_1, 3, 7),
                    1,
                    0,
                    0,
                    1,
                    1,
                    0,
                    0,
                    1),
            mentalHealth(
                    "PHQ-9 9 to 8, GAD-7 8 to 7: a case at baseline on GAD-7 only, on neither at final: recovered",
                    f -> f.phq9(PARENT_1, 9, 8).gad7(PARENT_1, 8, 7),
                    1,
                    1,
                    0,
                    0,
                    1,
                    1,
                    0,
                    0),
            mentalHealth(
                    "PHQ-9 15 to 9 reliably better, GAD-7 7 to 8: a case at final on GAD-7: not recovered",
                    f -> f.phq9(PARENT_1, 15, 9).gad7(PARENT_1, 7, 8),
                    1,
                    1,
                    1,
                    0,
                    1,
                    0,
                    0,
                    1),
            mentalHealth(
                    "PARENT_1 PHQ-9 10 to 9, PARENT_2 9 to 8: two parents, one a case",
                    f -> f.phq9(PARENT_1, 10, 9).phq9(PARENT_2, 9, 8),
                    2,
                    2,
                    0,
                    0,
                    1,
                    1,
                    0,
                    0),
            // Pairing.
            mentalHealth(
                    "PHQ-9 16 then 5 on the same day: not paired, nobody counted",
                    f -> f.score("PHQ9", "BASELINE", PARENT_1, f.closedOn(), 16)
                            .score("PHQ9", "END", PARENT_1, f.closedOn(), 5),
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0),
            mentalHealth(
                    "PHQ-9 16, then 5 the next day: paired",
                    f -> f.score("PHQ9", "BASELINE", PARENT_1, f.closedOn().minusDays(1), 16)
                            .score("PHQ9", "END", PARENT_1, f.closedOn(), 5),
                    1,
                    1,
                    1,
                    0,
                    1,
                    1,
                    1,
                    0),
            mentalHealth(
                    "PHQ-9 16, END 10, FOLLOW_UP 3 later: the FOLLOW_UP is never the final score",
                    f -> f.phq9(PARENT_1, 16, 10)
                            .score("PHQ9", "FOLLOW_UP", PARENT_1, f.closedOn().plusDays(60), 3),
                    1,
                    1,
                    1,
                    0,
                    1,
                    0,
                    0,
                    1),
            mentalHealth(
                    "PHQ-9 16, END 5 deleted: the baseline alone is not paired",
                    f -> f.phq9(PARENT_1, 16, 5).lastDeleted(),
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0),
            // Same-day ties: time point, then the score recorded first, then the lower total.
            mentalHealth(
                    "two PHQ-9 BASELINEs on one day: the one recorded first (16) is the baseline, though it was"
                            + " corrected after the other (12) was recorded: 16 to 9 is reliable",
                    f -> f.scoreRecorded("PHQ9", "BASELINE", PARENT_1, start(f), 16, at(f, 1))
                            .lastCorrectedTo(16)
                            .scoreRecorded("PHQ9", "BASELINE", PARENT_1, start(f), 12, at(f, 2))
                            .score("PHQ9", "END", PARENT_1, f.closedOn(), 9),
                    1,
                    1,
                    1,
                    0,
                    1,
                    1,
                    1,
                    0),
            mentalHealth(
                    "two PHQ-9 ENDs on one day: the one recorded last (9) is the final",
                    f -> f.score("PHQ9", "BASELINE", PARENT_1, start(f), 16)
                            .scoreRecorded("PHQ9", "END", PARENT_1, f.closedOn(), 9, at(f, 2))
                            .scoreRecorded("PHQ9", "END", PARENT_1, f.closedOn(), 12, at(f, 1)),
                    1,
                    1,
                    1,
                    0,
                    1,
                    1,
                    1,
                    0),
            mentalHealth(
                    "two PHQ-9 BASELINEs recorded in the same instant: the lower total (11) is the baseline",
                    f -> f.scoreRecorded("PHQ9", "BASELINE", PARENT_1, start(f), 16, at(f, 1))
                            .scoreRecorded("PHQ9", "BASELINE", PARENT_1, start(f), 11, at(f, 1))
                            .score("PHQ9", "END", PARENT_1, f.closedOn(), 9),
                    1,
                    1,
                    0,
                    0,
                    1,
                    1,
                    0,
                    0),
            mentalHealth(
                    "two PHQ-9 BASELINEs from a feed without recordedAt: ordered by their last change (16 first)",
                    f -> f.scoreRecorded("PHQ9", "BASELINE", PARENT_1, start(f), 16, at(f, 1))
                            .lastWithoutRecordedAt()
                            .scoreRecorded("PHQ9", "BASELINE", PARENT_1, start(f), 12, at(f, 2))
                            .lastWithoutRecordedAt()
                            .score("PHQ9", "END", PARENT_1, f.closedOn(), 9),
                    1,
                    1,
                    1,
                    0,
                    1,
                    1,
                    1,
                    0));

    @ConfigProperty(name = "quarkus.rest-client.referrals.url")
    String upstreamUrl;

    @Inject
    ReportStore store;

    private static boolean loaded;

    @BeforeEach
    void publishEveryCaseOnTheFeeds() {
        if (loaded) {
            return;
        }
        UpstreamFeeds upstream = UpstreamFeeds.at(upstreamUrl);
        upstream.reset();
        ReadModel.empty();
        List<CohortFamily> families = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            families.add(CASES.get(i).scores().apply(family(i)));
        }
        TestCohort.publish(upstream, families);
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/sync")
                .then()
                .statusCode(200)
                .body("lastError", everyItem(nullValue()));
        loaded = true;
    }

    static List<Boundary> cases() {
        return CASES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldCountEachCaseOnItsSideOfTheThreshold(Boundary boundary) {
        int i = CASES.indexOf(boundary);
        LocalDate day = FIRST_CLOSED.plusDays(i);
        OutcomeFigures counted = store.trend(
                        new ReportQuery(day, day, null, null), List.of(new ReportInterval("day", day, day)))
                .intervals()
                .get(0);
        assertEquals(boundary.expected(), counted, boundary.why());
    }

    /** All cases at once, each on its own day: the per-day figures add up to the whole period's. */
    @Test
    void shouldCountTheWholePeriodAsTheSumOfItsDays() {
        LocalDate last = FIRST_CLOSED.plusDays(CASES.size() - 1L);
        List<ReportInterval> days = IntStream.range(0, CASES.size())
                .mapToObj(i -> new ReportInterval("day", FIRST_CLOSED.plusDays(i), FIRST_CLOSED.plusDays(i)))
                .toList();
        ReportQuery period = new ReportQuery(FIRST_CLOSED, last, null, null);
        List<OutcomeFigures> perDay = store.trend(period, days).intervals();
        OutcomeFigures whole = store.summary(period).outcomes();
        assertEquals(sum(CASES.stream().map(Boundary::expected).toList()), whole);
        assertEquals(sum(perDay), whole);
    }

    private static CohortFamily family(int i) {
        LocalDate closed = FIRST_CLOSED.plusDays(i);
        return new CohortFamily(String.format("B%02d", i), 7000 + i, "BOUNDARY", "OX11", "HEALTH_VISITOR")
                .received(closed.minusDays(120).toString())
                .firstSessionAfter(20)
                .closed(closed.toString(), "COMPLETED");
    }

    private static LocalDate start(CohortFamily family) {
        return family.closedOn().minusDays(90);
    }

    /** An instant on the family's first day, some hours in: the order in which its scores were recorded. */
    private static Instant at(CohortFamily family, int hour) {
        return start(family).atTime(8 + hour, 0).toInstant(ZoneOffset.UTC);
    }

    private static UnaryOperator<CohortFamily> phq9(int baseline, int end) {
        return f -> f.phq9(PARENT_1, baseline, end);
    }

    private static UnaryOperator<CohortFamily> gad7(int baseline, int end) {
        return f -> f.gad7(PARENT_1, baseline, end);
    }

    private static Boundary mentalHealth(String why, UnaryOperator<CohortFamily> scores, long... counts) {
        return new Boundary(
                why,
                scores,
                new OutcomeFigures(new PirgasOutcomes(0, 0, 0, 0), parents(counts), parents(new long[8]), 0, 0));
    }

    private static Boundary epds(String why, int baseline, int end, long... counts) {
        return new Boundary(
                why,
                f -> f.epds(PARENT_1, baseline, end),
                new OutcomeFigures(new PirgasOutcomes(0, 0, 0, 0), parents(new long[8]), parents(counts), 0, 0));
    }

    private static Boundary pirgas(
            String why, UnaryOperator<CohortFamily> scores, long families, long improved, long meaningful, long worse) {
        return new Boundary(
                why,
                scores,
                new OutcomeFigures(
                        new PirgasOutcomes(families, improved, meaningful, worse),
                        parents(new long[8]),
                        parents(new long[8]),
                        0,
                        0));
    }

    private static ParentOutcomes parents(long[] c) {
        return new ParentOutcomes(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    }

    static OutcomeFigures sum(List<OutcomeFigures> figures) {
        long[] p = new long[4];
        long[] mh = new long[8];
        long[] ep = new long[8];
        long[] sat = new long[2];
        for (OutcomeFigures f : figures) {
            add(
                    p,
                    f.pirgas().families(),
                    f.pirgas().improved(),
                    f.pirgas().meaningfullyImproved(),
                    f.pirgas().reliablyDeteriorated());
            add(mh, counts(f.mentalHealth()));
            add(ep, counts(f.epds()));
            add(sat, f.satisfactionResponses(), f.satisfactionPositive());
        }
        return new OutcomeFigures(new PirgasOutcomes(p[0], p[1], p[2], p[3]), parents(mh), parents(ep), sat[0], sat[1]);
    }

    private static long[] counts(ParentOutcomes o) {
        return new long[] {
            o.parents(),
            o.improved(),
            o.reliablyImproved(),
            o.reliablyDeteriorated(),
            o.atCasenessAtBaseline(),
            o.recovered(),
            o.reliablyRecovered(),
            o.atCasenessAtFinal()
        };
    }

    private static void add(long[] into, long... values) {
        for (int i = 0; i < values.length; i++) {
            into[i] += values[i];
        }
    }
}
