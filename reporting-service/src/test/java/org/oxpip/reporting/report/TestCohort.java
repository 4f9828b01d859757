package org.oxpip.reporting.report;

import static org.oxpip.reporting.report.CohortFamily.PARENT_1;
import static org.oxpip.reporting.report.CohortFamily.PARENT_2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oxpip.reporting.testing.UpstreamFeeds;

/**
 * 47 families over two funding streams and two years, chosen so that every outcome case of
 * docs/design.md occurs and every expected figure can be worked out by hand (CohortReportTest).
 *
 * <p>Mental-health patterns per parent (PHQ-9 caseness ≥ 10, reliable change 6; GAD-7 ≥ 8, 4).
 * "gain" is baseline − final (lower is better):
 * <pre>
 * M1  PHQ 16→6 (gain 10, reliable), GAD 12→5 (7, reliable): improved, reliably improved, at caseness,
 *     final 6 &lt; 10 and 5 &lt; 8 so recovered, reliably recovered
 * M2  PHQ 11→8 (3): improved, not reliably; caseness 11 ≥ 10 → 8: recovered, not reliably
 * M3  PHQ 20→12 (8, reliable), GAD 15→12 (3): improved, reliably; PHQ 12 still ≥ 10: not recovered
 * M4  PHQ 8→3 (5 &lt; 6), GAD 6→2 (4, reliable): improved, reliably; not at caseness (8 &lt; 10, 6 &lt; 8)
 * M5  PHQ 14→9 (5), GAD 5→10 (−5, reliably worse): NOT improved (one reliably deteriorated),
 *     reliably deteriorated; at caseness (14); final GAD 10 ≥ 8: not recovered
 * M6  PHQ 12→12: not improved; at caseness; not recovered
 * M7  GAD only 10→3 (7, reliable): improved, reliably; caseness → 3: recovered, reliably
 * M8  PHQ 9→16 (−7, reliably worse), GAD 7→9 (−2): not improved, reliably deteriorated; not at caseness
 * M9  PHQ 7→5 (2), GAD 9→4 (5, reliable): improved, reliably; at caseness on GAD 9 ≥ 8; final on
 *     neither: recovered, reliably
 * M10 PHQ 13→11 (2), GAD 9→6 (3): improved, not reliably; at caseness; PHQ 11 still ≥ 10: not recovered
 * M11 PHQ 8→10 (−2): not improved, not reliably worse; not at caseness
 * E1  PHQ BASELINE 15, END 7, FOLLOW_UP 16: final is END 7 (gain 8): improved, reliably, recovered, reliably
 * E2  PHQ BASELINE 18, REVIEW 15, END 5 deleted: final is REVIEW 15 (gain 3): improved; still ≥ 10
 * E5  PHQ BASELINE 20 deleted, REVIEW 12, END 9: baseline is REVIEW 12 (gain 3): improved, at caseness,
 *     recovered, not reliably
 * CO  PHQ BASELINE 9 corrected to 19, END 8: 19→8 (gain 11): improved, reliably, recovered, reliably
 * Not paired: PHQ 14 and 6 on the same day (F21); a single PHQ score (F22, G14).
 * </pre>
 * EPDS (caseness ≥ 13, reliable change 4): EP1 18→8, EP2 15→12, EP3 14→14, EP4 10→16, EP5 12→9.
 * PIRGAS (higher is better; meaningful and reliable change 10).
 */
final class TestCohort {

    static final String DIDCOT = "DIDCOT_POWERHOUSE";
    static final String GRANT = "COMMUNITY_GRANT";
    static final String HV = "HEALTH_VISITOR";
    static final String MW = "MIDWIFE";
    static final String GP = "GP";
    static final String PMH = "PERINATAL_MENTAL_HEALTH";
    static final String SELF = "SELF";
    static final String COMPLETED = "COMPLETED";
    static final String DID_NOT_ENGAGE = "DID_NOT_ENGAGE";
    static final String MOVED_AWAY = "MOVED_AWAY";
    static final String REFERRED_ON = "REFERRED_ON";

    private TestCohort() {}

    static List<CohortFamily> families() {
        List<CohortFamily> all = new ArrayList<>();
        all.addAll(closedIn2024());
        all.addAll(otherReferralsOf2024());
        all.addAll(closedIn2023());
        // Received 2023, in therapy all through 2024, closed on 2 January 2025: seen in 2024, no 2024 outcome.
        all.add(new CohortFamily("X01", 901, DIDCOT, "OX11", SELF)
                .received("2023-10-02")
                .firstSessionAfter(30)
                .closed("2025-01-02", COMPLETED)
                .pirgas(PARENT_1, 30, 60)
                .phq9(PARENT_1, 18, 4));
        return all;
    }

    /** F01-F22: the episodes closed in 2024 (F01-F10 received in 2023, F11-F22 in 2024). */
    static List<CohortFamily> closedIn2024() {
        CohortFamily f06 = f(6, DIDCOT, "OX11", HV, "2023-11-20", 42, "2024-06-28", COMPLETED)
                .pirgas(PARENT_1, 38, 60)
                .satisfaction(PARENT_1, "positive");
        e1(f06);
        CohortFamily f11 = f(11, DIDCOT, "OX11", HV, "2024-01-08", 7, "2024-07-31", COMPLETED)
                .pirgas(PARENT_1, 52, 58);
        e2(f11).satisfaction(PARENT_1, "negative").lastDeleted();
        CohortFamily f16 = f(16, GRANT, "OX10", PMH, "2024-02-19", 21, "2024-09-27", COMPLETED)
                .pirgas(PARENT_1, 44, 50);
        e5(f16).phq9(PARENT_2, 11, 8);
        CohortFamily f17 = f(17, GRANT, "OX11", HV, "2024-03-04", 21, "2024-10-11", COMPLETED)
                .pirgas(PARENT_1, 25, 45);
        f17.score("PHQ9", "BASELINE", PARENT_1, f17.firstSession(), 9).lastCorrectedTo(19);
        f17.score("PHQ9", "END", PARENT_1, LocalDate.parse("2024-10-11"), 8);
        CohortFamily f21 = f(21, GRANT, "OX11", SELF, "2024-04-08", 42, "2024-12-06", COMPLETED)
                .pirgas(PARENT_1, 61, 64);
        f21.score("PHQ9", "BASELINE", PARENT_1, f21.firstSession(), 14)
                .score("PHQ9", "END", PARENT_1, f21.firstSession(), 6);
        CohortFamily f22 = f(22, GRANT, "OX11", HV, "2024-04-15", 45, "2024-12-31", COMPLETED)
                .pirgas(PARENT_1, 39, 51);
        f22.score("PHQ9", "BASELINE", PARENT_1, f22.firstSession(), 15);
        CohortFamily f12 = m1(
                        f(12, DIDCOT, "OX10", HV, "2024-01-15", 10, "2024-08-09", COMPLETED)
                                .pirgas(PARENT_1, 42, 58),
                        PARENT_1)
                .epds(PARENT_1, 10, 16);
        f12.satisfaction(PARENT_1, "REVIEW", f12.firstSession().plusDays(60), "negative")
                .satisfaction(PARENT_1, "positive");
        CohortFamily f14 = f(14, DIDCOT, "OX11", MW, "2024-02-05", 14, "2024-09-06", COMPLETED)
                .pirgas(PARENT_2, 38, 52)
                .phq9(PARENT_1, 13, 11)
                .gad7(PARENT_1, 9, 6);
        f14.score("PIRGAS", "BASELINE", PARENT_1, f14.firstSession(), 50);
        CohortFamily f20 = f(20, GRANT, "OX10", MW, "2024-03-25", 30, "2024-11-22", COMPLETED)
                .phq9(PARENT_1, 8, 3)
                .gad7(PARENT_1, 6, 2);
        f20.score("PIRGAS", "BASELINE", PARENT_1, f20.firstSession(), 45);
        return List.of(
                m4(
                                m1(
                                        f(1, DIDCOT, "OX11", HV, "2023-09-04", 30, "2024-01-02", COMPLETED)
                                                .pirgas(PARENT_1, 35, 55),
                                        PARENT_1),
                                PARENT_2)
                        .epds(PARENT_1, 18, 8)
                        .satisfaction(PARENT_1, "positive"),
                m1(
                                f(2, DIDCOT, "OX11", HV, "2023-09-11", 28, "2024-03-28", COMPLETED)
                                        .pirgas(PARENT_1, 50, 55),
                                PARENT_1)
                        .epds(PARENT_1, 18, 8)
                        .satisfaction(PARENT_1, "positive"),
                f(3, DIDCOT, "OX11", MW, "2023-09-18", 35, "2024-04-30", COMPLETED)
                        .pirgas(PARENT_1, 45, 55)
                        .phq9(PARENT_1, 20, 12)
                        .gad7(PARENT_1, 15, 12)
                        .gad7(PARENT_2, 10, 3)
                        .satisfaction(PARENT_1, "positive"),
                f(4, DIDCOT, "OX10", HV, "2023-10-02", 21, "2024-02-29", DID_NOT_ENGAGE)
                        .pirgas(PARENT_1, 60, 60)
                        .phq9(PARENT_1, 12, 12)
                        .satisfaction(PARENT_1, "neutral"),
                m1(
                                f(5, DIDCOT, "OX11", GP, "2023-10-16", 42, "2024-05-31", COMPLETED)
                                        .pirgas(PARENT_1, 30, 50),
                                PARENT_1)
                        .satisfaction(PARENT_1, "positive")
                        .erased(),
                f06,
                m1(
                                f(7, DIDCOT, "OX11", HV, "2023-11-27", 49, "2024-07-12", COMPLETED)
                                        .pirgas(PARENT_1, 45, 54),
                                PARENT_1)
                        .epds(PARENT_1, 15, 12)
                        .satisfaction(PARENT_1, "positive"),
                f(8, DIDCOT, "OX14", MW, "2023-12-11", 35, "2024-07-19", COMPLETED)
                        .pirgas(PARENT_1, 40, 52)
                        .phq9(PARENT_1, 11, 8)
                        .epds(PARENT_1, 14, 14),
                f(9, DIDCOT, "OX11", PMH, "2023-12-04", 56, "2024-07-26", REFERRED_ON)
                        .pirgas(PARENT_1, 55, 40)
                        .phq9(PARENT_1, 14, 9)
                        .gad7(PARENT_1, 5, 10)
                        .satisfaction(PARENT_1, "don't know"),
                f(10, DIDCOT, "OX11", HV, "2023-12-18", 63, "2024-08-16", COMPLETED)
                        .pirgas(PARENT_1, 33, 45)
                        .phq9(PARENT_1, 7, 5)
                        .gad7(PARENT_1, 9, 4)
                        .satisfaction(PARENT_1, "positive"),
                f11,
                f12,
                f(13, DIDCOT, "OX11", HV, "2024-01-22", 14, "2024-08-23", COMPLETED)
                        .pirgas(PARENT_1, 48, 46)
                        .pirgas(PARENT_2, 40, 60)
                        .phq9(PARENT_1, 20, 12)
                        .gad7(PARENT_1, 15, 12)
                        .phq9(PARENT_2, 9, 16)
                        .gad7(PARENT_2, 7, 9),
                f14,
                m1(
                                f(15, GRANT, "OX11", HV, "2024-02-12", 21, "2024-09-13", COMPLETED)
                                        .pirgas(PARENT_1, 36, 48),
                                PARENT_1)
                        .epds(PARENT_1, 12, 9),
                f16,
                f17,
                f(18, GRANT, "OX11", GP, "2024-03-11", 28, "2024-10-25", REFERRED_ON)
                        .pirgas(PARENT_1, 50, 62)
                        .phq9(PARENT_1, 8, 10),
                m1(f(19, GRANT, "OX11", HV, "2024-03-18", 28, "2024-11-08", COMPLETED), PARENT_1),
                f20,
                f21,
                f22);
    }

    /** G01-G14: the rest of 2024's referrals: declined, redirected, in therapy, waiting, closed early. */
    static List<CohortFamily> otherReferralsOf2024() {
        CohortFamily g14 = new CohortFamily("G14", 114, GRANT, "OX11", PMH)
                .received("2024-03-01")
                .firstSessionAfter(120)
                .closed("2024-09-30", MOVED_AWAY);
        g14.score("PHQ9", "BASELINE", PARENT_1, g14.firstSession(), 17);
        return List.of(
                g(1, DIDCOT, "OX11", HV, "2024-02-05").declined(),
                g(2, DIDCOT, "OX11", MW, "2024-03-04").declined(),
                g(3, DIDCOT, "OX11", GP, "2024-05-07").ineligible().declined(),
                g(4, DIDCOT, "OX4", HV, "2024-04-08").ineligible().redirected(),
                g(5, DIDCOT, "OX4", SELF, "2024-06-03").ineligible().redirected(),
                g(6, DIDCOT, "OX11", HV, "2024-06-10").firstSessionAfter(60),
                g(7, DIDCOT, "OX10", PMH, "2024-07-01").firstSessionAfter(70),
                g(8, DIDCOT, "OX11", HV, "2024-07-15").firstSessionAfter(84),
                g(9, DIDCOT, "OX11", MW, "2024-08-05").firstSessionAfter(91),
                g(10, GRANT, "OX10", PMH, "2024-09-02").waiting(),
                g(11, GRANT, "OX11", HV, "2024-10-07").waiting(),
                g(12, GRANT, "OX11", GP, "2024-11-18"),
                g(13, GRANT, "OX10", MW, "2024-05-13").closed("2024-08-30", DID_NOT_ENGAGE),
                g14);
    }

    /**
     * H01-H10: closed in 2023 (H01-H05 Didcot, H06-H10 the grant). PIRGAS: H01-H08 40→55, H09 50→50,
     * H10 50→45. PHQ-9: H01-H07 15→8, H08 10→12, H09 12→12, H10 9→15.
     */
    static List<CohortFamily> closedIn2023() {
        List<CohortFamily> families = new ArrayList<>();
        LocalDate received = LocalDate.parse("2023-01-02");
        LocalDate closed = LocalDate.parse("2023-09-29");
        int[][] pirgas = {
            {40, 55}, {40, 55}, {40, 55}, {40, 55}, {40, 55}, {40, 55}, {40, 55}, {40, 55}, {50, 50}, {50, 45}
        };
        int[][] phq9 = {{15, 8}, {15, 8}, {15, 8}, {15, 8}, {15, 8}, {15, 8}, {15, 8}, {10, 12}, {12, 12}, {9, 15}};
        for (int n = 1; n <= 10; n++) {
            CohortFamily family = new CohortFamily(
                            String.format("H%02d", n), 200 + n, n <= 5 ? DIDCOT : GRANT, "OX11", HV)
                    .received(received.plusWeeks(n - 1L).toString())
                    .firstSessionAfter(30)
                    .closed(closed.plusWeeks(n - 1L).toString(), COMPLETED)
                    .pirgas(PARENT_1, pirgas[n - 1][0], pirgas[n - 1][1])
                    .phq9(PARENT_1, phq9[n - 1][0], phq9[n - 1][1]);
            if (n == 1) {
                family.satisfaction(PARENT_1, "positive");
            }
            families.add(family);
        }
        return families;
    }

    /** Publishes the cohort on the stand-in feeds, in pages, as the real services would. */
    static void publish(UpstreamFeeds upstream, List<CohortFamily> families) {
        List<Map<String, Object>> referrals = new ArrayList<>();
        List<Map<String, Object>> assessments = new ArrayList<>();
        List<Map<String, Object>> corrections = new ArrayList<>();
        for (CohortFamily family : families) {
            referrals.addAll(family.referralItems());
            assessments.addAll(family.assessmentItems());
            corrections.addAll(family.correctionItems());
        }
        assessments.addAll(corrections);
        upstream.serve(UpstreamFeeds.REFERRALS, referrals, 20);
        upstream.serve(UpstreamFeeds.ASSESSMENTS, assessments, 50);
    }

    private static CohortFamily f(
            int n, String stream, String area, String source, String received, int wait, String closed, String reason) {
        return new CohortFamily(String.format("F%02d", n), n, stream, area, source)
                .received(received)
                .firstSessionAfter(wait)
                .closed(closed, reason);
    }

    private static CohortFamily g(int n, String stream, String area, String source, String received) {
        return new CohortFamily(String.format("G%02d", n), 100 + n, stream, area, source).received(received);
    }

    private static CohortFamily m1(CohortFamily family, String respondent) {
        return family.phq9(respondent, 16, 6).gad7(respondent, 12, 5);
    }

    private static CohortFamily m4(CohortFamily family, String respondent) {
        return family.phq9(respondent, 8, 3).gad7(respondent, 6, 2);
    }

    /** E1: the FOLLOW_UP after the end is not the final score. */
    private static CohortFamily e1(CohortFamily family) {
        LocalDate end = LocalDate.parse("2024-06-28");
        return family.score("PHQ9", "BASELINE", PARENT_1, family.firstSession(), 15)
                .score("PHQ9", "END", PARENT_1, end, 7)
                .score("PHQ9", "FOLLOW_UP", PARENT_1, end.plusDays(90), 16);
    }

    /** E2: the END score is deleted as entered in error; the REVIEW is the final. */
    private static CohortFamily e2(CohortFamily family) {
        return family.score("PHQ9", "BASELINE", PARENT_1, family.firstSession(), 18)
                .score("PHQ9", "REVIEW", PARENT_1, family.firstSession().plusDays(60), 15)
                .score("PHQ9", "END", PARENT_1, LocalDate.parse("2024-07-31"), 5)
                .lastDeleted();
    }

    /** E5: the BASELINE score is deleted as entered in error; the REVIEW is the first score. */
    private static CohortFamily e5(CohortFamily family) {
        return family.score("PHQ9", "BASELINE", PARENT_1, family.firstSession(), 20)
                .lastDeleted()
                .score("PHQ9", "REVIEW", PARENT_1, family.firstSession().plusDays(60), 12)
                .score("PHQ9", "END", PARENT_1, LocalDate.parse("2024-09-27"), 9);
    }
}
