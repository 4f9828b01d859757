package org.oxpip.reporting.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.reporting.disclosure.Count;
import org.oxpip.reporting.disclosure.Rate;

/** The summary report as published: every figure already through the reader's disclosure control. */
@Schema(
        name = "SummaryReport",
        description = "A period's referrals, waiting times, activity and outcomes."
                + " Definitions: reporting-service/README.md, \"Report definitions\".")
public record SummaryReport(
        @Schema(description = "First day of the period (included)", example = "2024-01-01")
        LocalDate from,

        @Schema(description = "Last day of the period (included)", example = "2024-12-31")
        LocalDate to,

        @Schema(
                description = "The funding stream asked for; null: none asked for",
                example = "DIDCOT_POWERHOUSE",
                nullable = true)
        String fundingStream,

        @Schema(
                description = "The funding streams counted: the one asked for, or for a funder who asked for none"
                        + " its own (claim funding_streams); null: every stream (managers)",
                nullable = true)
        List<String> fundingStreams,

        @Schema(description = "The area (postcode district) reported on; null: all", example = "OX11", nullable = true)
        String area,

        @Schema(
                description = "The oldest of the feeds' last successful syncs: the figures include everything"
                        + " recorded upstream before this instant. Null before every feed has been read once.",
                example = "2025-03-01T09:30:00Z",
                nullable = true)
        Instant dataAsOf,

        @Schema(
                description = "The disclosure control applied: none (managers), default or nhs-england",
                enumeration = {"none", "default", "nhs-england"},
                example = "none")
        String disclosure,

        ReferralsSection referrals,
        WaitingSection waiting,
        ActivitySection activity,
        DeliveredSection delivered,
        ReachSection reach,
        OutcomesSection outcomes,
        FeedbackSection feedback,

        @Schema(
                description = "The methodology, figure by figure: what each figure counts, over what (a rate's"
                        + " denominator, a count's population) and where its facts and rules come from. Written from the"
                        + " outcome rules the figures were counted with (outcomes-service's instrument catalogue, as"
                        + " synced), so every threshold in the words is the one in the figures.")
        List<FigureDefinition> definitions) {

    @Schema(name = "CategoryCount", description = "One category of a breakdown")
    public record CategoryCount(
            @Schema(
                    description = "The category: a source type, an area (UNKNOWN when not given), a triage outcome"
                            + " or a closure reason",
                    example = "HEALTH_VISITOR")
            String category,

            Count count) {}

    @Schema(name = "ReferralsSection", description = "Referrals received in the period, and what became of them so far")
    public record ReferralsSection(
            @Schema(description = "Referrals received in the period")
            Count received,

            @Schema(description = "Received, by source type (every type listed; adds up to received)")
            List<CategoryCount> bySourceType,

            @Schema(
                    description = "Received, by area (postcode district; adds up to received). Under the default"
                            + " disclosure policy, empty when the areas' counts are hidden as one table (a total of"
                            + " 1-4, or every area 1-4): listing the areas would itself tell their counts")
            List<CategoryCount> byArea,

            @Schema(description = "Of those received, accepted (by now); hidden wherever triage hides ACCEPTED")
            Rate accepted,

            @Schema(description = "Of those received, declined (by now); hidden wherever triage hides DECLINED")
            Rate declined,

            @Schema(description = "Of those received, redirected (by now); hidden wherever triage hides REDIRECTED")
            Rate redirected,

            @Schema(description = "Of those received, eligible at intake")
            Rate eligible,

            @Schema(
                    description = "Received, by how triage ended so far: ACCEPTED, DECLINED, REDIRECTED, PENDING"
                            + " (no decision yet); every outcome listed, adding up to received. One breakdown, so"
                            + " disclosure control protects a hidden outcome against received minus the others")
            List<CategoryCount> triage) {}

    @Schema(
            name = "WaitingSection",
            description =
                    "Days from referral received to first session, over the first" + " sessions held in the period")
    public record WaitingSection(
            @Schema(description = "First sessions held in the period: the waits measured")
            Count firstSessions,

            @Schema(
                    description = "Median wait in days (the mean of the middle two for an even count)",
                    example = "38.5",
                    nullable = true)
            BigDecimal medianDays,

            @Schema(
                    description =
                            "90th percentile wait in days (linear interpolation, as PostgreSQL's" + " percentile_cont)",
                    example = "82.6",
                    nullable = true)
            BigDecimal p90Days,

            @Schema(description = "The waits are hidden: fewer than 10 under disclosure control", example = "false")
            boolean suppressed) {}

    @Schema(name = "ActivitySection", description = "Families in therapy and episodes closed in the period")
    public record ActivitySection(
            @Schema(
                    description = "Families in therapy at some time in the period: first session on or before its"
                            + " last day, not closed before its first")
            Count familiesSeen,

            @Schema(description = "Episodes closed in the period")
            Count episodesClosed,

            @Schema(
                    description =
                            "Episodes closed, by closure reason (every reason listed; adds up to" + " episodesClosed)")
            List<CategoryCount> closedByReason) {}

    @Schema(
            name = "DeliveredSection",
            description = "What was delivered in the period: therapy sessions by their date, and the episodes closed in"
                    + " it by the sessions they attended")
    public record DeliveredSection(
            @Schema(
                    description = "Sessions dated in the period and offered to the family: attended, not attended"
                            + " without notice, or cancelled by the family (those the service cancelled are not"
                            + " counted as offered)")
            Count sessionsOffered,

            @Schema(description = "Sessions dated in the period that the family attended")
            Count sessionsAttended,

            @Schema(
                    description = "Did not attend, as NHS statistics count it: sessions missed without notice over"
                            + " sessions attended plus those; a cancellation by either side counts in neither."
                            + " Hidden wherever sessionsAttended is")
            Rate didNotAttend,

            @Schema(description = "Families seen: at least one attended session dated in the period")
            Count familiesSeen,

            @Schema(description = "Attended sessions per episode closed in the period (every session of the episode)")
            SessionsPerEpisode sessionsPerCompletedEpisode,

            @Schema(
                    description = "Episodes closed in the period in which the family completed a course: at least 2"
                            + " attended sessions, over the episodes closed in the period")
            Rate completedCourse) {}

    @Schema(name = "SessionsPerEpisode", description = "Attended sessions per episode closed in the period")
    public record SessionsPerEpisode(
            @Schema(description = "Episodes closed in the period: the episodes the statistics are over")
            Count episodes,

            @Schema(
                    description = "Median attended sessions per episode (the mean of the middle two for an even count)",
                    example = "6.5",
                    nullable = true)
            BigDecimal median,

            @Schema(
                    description = "Mean attended sessions per episode, to one decimal",
                    example = "7.2",
                    nullable = true)
            BigDecimal mean,

            @Schema(
                    description = "The statistics are hidden: fewer than 10 episodes under disclosure control",
                    example = "false")
            boolean suppressed) {}

    @Schema(
            name = "ReachSection",
            description = "Whom the service reached: the families seen in the period (an attended session dated in"
                    + " it) and their parents, by each equality-monitoring answer (families by the first parent's"
                    + " answer), parent's age band at referral, baby's age at referral and area. Every category is"
                    + " listed but areas (only those with a family); each breakdown adds up to its total and is"
                    + " protected by disclosure control as one table")
    public record ReachSection(
            @Schema(description = "Families seen in the period: the same figure as delivered.familiesSeen")
            Count families,

            @Schema(
                    description = "Their parents (a family synced before monitoring existed counts as one parent, not"
                            + " asked)")
            Count parents,

            @Schema(description = "Ethnic group: the ONS 2021 Census categories for England and Wales")
            MonitoringBreakdown ethnicGroup,

            @Schema(description = "The parent's relationship to the baby")
            MonitoringBreakdown relationshipToBaby,

            @Schema(description = "First-time parent") MonitoringBreakdown firstTimeParent,
            @Schema(description = "Disability") MonitoringBreakdown disability,
            @Schema(description = "Needs an interpreter") MonitoringBreakdown needsInterpreter,

            @Schema(
                    description =
                            "Parents by age band on the day the referral was received (UNKNOWN: no date of birth)")
            List<CategoryCount> parentAgeBand,

            @Schema(
                    description = "Families by the baby's age when the referral was received: PREGNANT, MONTHS_0_5,"
                            + " MONTHS_6_11, MONTHS_12_17, MONTHS_18_AND_OVER, UNKNOWN")
            List<CategoryCount> babyAgeAtReferral,

            @Schema(
                    description = "Families by area (postcode district; UNKNOWN when not given); empty under the"
                            + " default disclosure policy when the areas are hidden as one table")
            List<CategoryCount> area) {}

    @Schema(
            name = "MonitoringBreakdown",
            description = "One equality-monitoring field: families by their first parent's answer, parents by each"
                    + " one's; PREFER_NOT_TO_SAY and NOT_ASKED are answers like the others")
    public record MonitoringBreakdown(
            @Schema(description = "Families by the first parent's answer (adds up to reach.families)")
            List<CategoryCount> families,

            @Schema(description = "Parents by their answer (adds up to reach.parents)")
            List<CategoryCount> parents) {}

    @Schema(
            name = "FeedbackSection",
            description = "Parents' feedback in the period: satisfaction questionnaires received and quotes approved")
    public record FeedbackSection(
            @Schema(
                    description = "Satisfaction questionnaires completed in the period (every one, not deleted), with"
                            + " or without comments")
            Count received,

            @Schema(
                    description = "Quotes a manager approved (and has not withdrawn) from feedback given in the"
                            + " period, for the streams counted. Null when an area is asked for: quotes carry no"
                            + " area",
                    nullable = true)
            Count quotesApproved) {}

    @Schema(name = "ParentMeasureOutcomes", description = "Outcomes over the parents with paired scores")
    public record ParentMeasureOutcomes(
            @Schema(description = "Parents with paired scores: the denominator")
            Count parents,

            @Schema(
                    description = "Final better than baseline (combined: on at least one measure, and neither"
                            + " reliably worse)")
            Rate improved,

            @Schema(
                    description = "Better by at least the reliable change threshold (combined: on at least one, and"
                            + " neither reliably worse)")
            Rate reliableImprovement,

            @Schema(description = "Worse by at least the reliable change threshold (combined: on either)")
            Rate reliableDeterioration,

            @Schema(description = "At caseness at baseline (combined: on either): the denominator of recovery")
            Count atCasenessAtBaseline,

            @Schema(
                    description =
                            "Of those at caseness at baseline, not at caseness at final (combined: on" + " neither)")
            Rate recovery,

            @Schema(description = "Of those at caseness at baseline, recovered and reliably improved")
            Rate reliableRecovery) {}

    @Schema(
            name = "OutcomesSection",
            description = "Outcomes over the episodes CLOSED in the period with paired"
                    + " scores (baseline: the first score; final: the last score that is not FOLLOW_UP; completed on"
                    + " different dates). Deleted assessments are left out.")
    public record OutcomesSection(
            @Schema(description = "Families with paired PIRGAS scores (PARENT_1's dyad, else PARENT_2's)")
            Count pirgasFamilies,

            @Schema(description = "Headline: families whose PIRGAS improved (final above baseline)")
            Rate pirgasFamiliesImproved,

            @Schema(description = "Families whose PIRGAS improved by the meaningful change or more (10 points)")
            Rate pirgasFamiliesMeaningfullyImproved,

            @Schema(description = "Families whose PIRGAS fell by the reliable change or more (10 points)")
            Rate pirgasFamiliesReliablyDeteriorated,

            @Schema(
                    description = "Headline: parents with improved mental health by PHQ-9 and/or GAD-7 (the same"
                            + " figure as parentsMentalHealth.improved)")
            Rate parentsMentalHealthImproved,

            @Schema(description = "Parents' mental health by PHQ-9 and/or GAD-7, combined per parent")
            ParentMeasureOutcomes parentsMentalHealth,

            @Schema(description = "Parents' EPDS") ParentMeasureOutcomes epds,

            @Schema(description = "Satisfaction responses: each parent's last one in the episode")
            Count satisfactionResponses,

            @Schema(
                    description = "Responses very good or good (Friends and Family Test % positive; \"don't know\""
                            + " counts as a response)")
            Rate satisfactionPositive) {}
}
