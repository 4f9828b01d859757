package org.oxpip.reporting.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oxpip.reporting.disclosure.Count;
import org.oxpip.reporting.disclosure.DisclosurePolicy;
import org.oxpip.reporting.disclosure.Rate;
import org.oxpip.reporting.report.SummaryReport.CategoryCount;
import org.oxpip.reporting.report.SummaryReport.DeliveredSection;
import org.oxpip.reporting.report.SummaryReport.MonitoringBreakdown;
import org.oxpip.reporting.report.SummaryReport.ReachSection;
import org.oxpip.reporting.report.SummaryReport.SessionsPerEpisode;

/** Publishes what was delivered and whom it reached under a reader's disclosure policy. */
final class DeliveredAssembler {

    /** The ONS 2021 Census ethnic groups for England and Wales, in the census's order, then the two non-answers. */
    static final List<String> ETHNIC_GROUPS = List.of(
            "ASIAN_BANGLADESHI",
            "ASIAN_CHINESE",
            "ASIAN_INDIAN",
            "ASIAN_PAKISTANI",
            "ASIAN_OTHER",
            "BLACK_AFRICAN",
            "BLACK_CARIBBEAN",
            "BLACK_OTHER",
            "MIXED_WHITE_AND_ASIAN",
            "MIXED_WHITE_AND_BLACK_AFRICAN",
            "MIXED_WHITE_AND_BLACK_CARIBBEAN",
            "MIXED_OTHER",
            "WHITE_ENGLISH_WELSH_SCOTTISH_NI_BRITISH",
            "WHITE_IRISH",
            "WHITE_GYPSY_OR_IRISH_TRAVELLER",
            "WHITE_ROMA",
            "WHITE_OTHER",
            "OTHER_ARAB",
            "OTHER_ANY_OTHER",
            "PREFER_NOT_TO_SAY",
            "NOT_ASKED");

    static final List<String> RELATIONSHIPS =
            List.of("BIRTH_MOTHER", "FATHER", "PARTNER", "OTHER_CARER", "PREFER_NOT_TO_SAY", "NOT_ASKED");
    static final List<String> YES_NO = List.of("YES", "NO", "PREFER_NOT_TO_SAY", "NOT_ASKED");
    static final List<String> AGE_BANDS =
            List.of("UNDER_20", "AGE_20_24", "AGE_25_29", "AGE_30_34", "AGE_35_39", "AGE_40_PLUS", "UNKNOWN");
    static final List<String> BABY_AGES =
            List.of("PREGNANT", "MONTHS_0_5", "MONTHS_6_11", "MONTHS_12_17", "MONTHS_18_AND_OVER", "UNKNOWN");

    private DeliveredAssembler() {}

    static DeliveredSection delivered(DeliveredFigures d, DisclosurePolicy policy) {
        Count attended = policy.count(d.attended());
        // Hidden with the attended count: missed over (attended + missed) would otherwise give it away.
        Rate didNotAttend =
                attended.suppressed() ? Rate.hidden() : policy.rate(d.notAttended(), d.attended() + d.notAttended());
        boolean shown = policy.showsStatistic(d.episodesClosed()) && d.medianSessions() != null;
        SessionsPerEpisode perEpisode = new SessionsPerEpisode(
                policy.count(d.episodesClosed()),
                shown ? oneDecimal(d.medianSessions()) : null,
                shown ? oneDecimal(d.meanSessions()) : null,
                !shown && d.episodesClosed() > 0);
        return new DeliveredSection(
                policy.count(d.offered()),
                attended,
                didNotAttend,
                policy.count(d.familiesSeen()),
                perEpisode,
                policy.rate(d.completedCourse(), d.episodesClosed()));
    }

    static ReachSection reach(ReachFigures r, DisclosurePolicy policy) {
        Map<String, Long> areas = SummaryAssembler.byName(r.families("area"));
        return new ReachSection(
                policy.count(r.families()),
                policy.count(r.parents()),
                monitoring(r, "ethnicGroup", ETHNIC_GROUPS, policy),
                monitoring(r, "relationshipToBaby", RELATIONSHIPS, policy),
                monitoring(r, "firstTimeParent", YES_NO, policy),
                monitoring(r, "disability", YES_NO, policy),
                monitoring(r, "needsInterpreter", YES_NO, policy),
                table(r.parents(), r.parents("parentAgeBand"), AGE_BANDS, policy),
                table(r.families(), r.families("babyAgeAtReferral"), BABY_AGES, policy),
                SummaryAssembler.categories(
                        new ArrayList<>(areas.keySet()),
                        policy.listedParts(r.families(), SummaryAssembler.values(areas))));
    }

    private static MonitoringBreakdown monitoring(
            ReachFigures r, String field, List<String> answers, DisclosurePolicy policy) {
        return new MonitoringBreakdown(
                table(r.families(), r.families(field), answers, policy),
                table(r.parents(), r.parents(field), answers, policy));
    }

    /** Every known category in its order, zeros too, protected as one table against its total. */
    private static List<CategoryCount> table(
            long total, Map<String, Long> counted, List<String> known, DisclosurePolicy policy) {
        return SummaryAssembler.breakdown(total, SummaryAssembler.withAll(counted, known), policy);
    }

    private static BigDecimal oneDecimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
