package org.oxpip.reporting.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oxpip.reporting.rules.InstrumentRule;
import org.oxpip.reporting.rules.InstrumentRules;

/**
 * The summary report's methodology, figure by figure (docs/design.md, outcome definitions and reports), so that a
 * funder, or the impact report, can print how each figure was counted. Written from the rules the figures were
 * counted with: every threshold, direction and citation in it is read from the synced rules (outcomes-service's
 * catalogue), never written here, so the words cannot say 13 while the SQL counted 10.
 */
public final class FigureDefinitions {

    static final String REFERRALS = "referrals-service: its referral facts (change feed), as synced by dataAsOf";
    static final String OUTCOMES_FEEDS = "referrals-service's referral facts and outcomes-service's assessments"
            + " (change feeds), as synced by dataAsOf";
    static final String PAIRED = "baseline the first score (by date, then time point BASELINE, REVIEW, END,"
            + " FOLLOW_UP, then the score recorded first), final the last score that is not a FOLLOW_UP, completed on"
            + " a later date than the baseline; deleted scores count nowhere";
    static final String CLOSED = "episodes CLOSED in the period";
    static final String SESSIONS = "referrals-service: the sessions its referral facts carry (change feed), as synced"
            + " by dataAsOf; a deleted session counts nowhere";

    private static final Pattern SHORT_NAME = Pattern.compile("\\(([^()]+)\\)\\s*$");

    private FigureDefinitions() {}

    public static List<FigureDefinition> of(InstrumentRules rules) {
        List<FigureDefinition> all = new ArrayList<>();
        referrals(all);
        waiting(all);
        activity(all);
        delivered(all);
        reach(all);
        pirgas(all, rules.rule("PIRGAS"));
        parentsMentalHealth(all, rules.rule("PHQ9"), rules.rule("GAD7"));
        epds(all, rules.rule("EPDS"));
        satisfaction(all);
        feedback(all);
        return List.copyOf(all);
    }

    private static void referrals(List<FigureDefinition> all) {
        String received = "referrals.received";
        all.add(count(
                received,
                "Referrals received in the period (one episode of care each)",
                "receivedOn in the period",
                REFERRALS));
        all.add(count(
                "referrals.bySourceType",
                "Referrals received, by who referred them (every source type listed)",
                "adds up to " + received,
                REFERRALS));
        all.add(count(
                "referrals.byArea",
                "Referrals received, by the first parent's postcode district (UNKNOWN when" + " none)",
                "adds up to " + received,
                REFERRALS));
        all.add(count(
                "referrals.triage",
                "Referrals received, by how triage has ended so far: ACCEPTED, DECLINED, REDIRECTED, or PENDING"
                        + " (none of the three yet)",
                "adds up to " + received,
                REFERRALS));
        all.add(rate(
                "referrals.accepted", "Referrals received in the period and accepted by now", received, REFERRALS));
        all.add(rate(
                "referrals.declined", "Referrals received in the period and declined by now", received, REFERRALS));
        all.add(rate(
                "referrals.redirected", "Referrals received in the period and redirected by now", received, REFERRALS));
        all.add(rate(
                "referrals.eligible",
                "Referrals eligible at intake (catchment, and the baby's age or due date)",
                received,
                REFERRALS));
    }

    private static void waiting(List<FigureDefinition> all) {
        String sessions = "waiting.firstSessions";
        all.add(count(
                sessions,
                "First sessions held in the period: the waits measured",
                "firstSessionOn in the period",
                REFERRALS));
        all.add(count(
                "waiting.medianDays",
                "Median of the days from referral received to first session (the mean of"
                        + " the middle two for an even count)",
                sessions + " (shown over 10 or more under disclosure control)",
                REFERRALS));
        all.add(count(
                "waiting.p90Days",
                "90th percentile of the days from referral received to first session, by" + " linear interpolation",
                sessions + " (shown over 10 or more under disclosure control)",
                REFERRALS));
    }

    private static void activity(List<FigureDefinition> all) {
        all.add(count(
                "activity.familiesSeen",
                "Families in therapy at some time in the period: first session on or"
                        + " before its last day, not closed before its first",
                "referrals with a first session",
                REFERRALS));
        all.add(count(
                "activity.episodesClosed",
                "Episodes closed in the period, for any reason",
                "closedOn in the" + " period",
                REFERRALS));
        all.add(count(
                "activity.closedByReason",
                "Episodes closed in the period, by closure reason (every reason" + " listed)",
                "adds up to activity.episodesClosed",
                REFERRALS));
    }

    private static void delivered(List<FigureDefinition> all) {
        String inPeriod = "sessions dated in the period";
        all.add(count(
                "delivered.sessionsOffered",
                "Sessions offered to the family: attended, not attended without notice, or cancelled by the family"
                        + " (a session the service cancelled was not offered)",
                inPeriod,
                SESSIONS));
        all.add(count("delivered.sessionsAttended", "Sessions the family attended", inPeriod, SESSIONS));
        all.add(rate(
                "delivered.didNotAttend",
                "Did not attend, as NHS statistics count it: sessions missed without notice, over sessions attended"
                        + " plus those; a cancellation by the family or by the service counts in neither",
                "delivered.sessionsAttended plus the sessions not attended",
                SESSIONS));
        all.add(count(
                "delivered.familiesSeen",
                "Families seen: at least one attended session dated in the period",
                "referrals with a session",
                SESSIONS));
        String closed = "delivered.sessionsPerCompletedEpisode.episodes";
        all.add(count(
                closed,
                "Episodes closed in the period, for any reason (the same as activity.episodesClosed)",
                "closedOn in the period",
                SESSIONS));
        all.add(count(
                "delivered.sessionsPerCompletedEpisode.median",
                "Median of the sessions attended per episode closed in the period, counting every session of the"
                        + " episode whenever held (the mean of the middle two for an even count)",
                closed + " (shown over 10 or more under disclosure control)",
                SESSIONS));
        all.add(count(
                "delivered.sessionsPerCompletedEpisode.mean",
                "Mean of the sessions attended per episode closed in the period, to one decimal",
                closed + " (shown over 10 or more under disclosure control)",
                SESSIONS));
        all.add(rate(
                "delivered.completedCourse",
                "Episodes in which the family completed a course: at least " + DeliveredFigures.COURSE
                        + " attended sessions",
                closed,
                SESSIONS));
    }

    private static void reach(List<FigureDefinition> all) {
        String families = "reach.families";
        String parents = "reach.parents";
        String monitoring = "referrals-service: each parent's equality-monitoring codes and age band that its"
                + " referral facts carry (change feed), as synced by dataAsOf; never a name or a date of birth";
        all.add(count(
                families,
                "Families reached: at least one attended session dated in the period (the same as"
                        + " delivered.familiesSeen)",
                "referrals with a session",
                SESSIONS));
        all.add(count(
                parents,
                "The parents of the families reached (a family synced before monitoring existed counts as one"
                        + " parent, not asked)",
                families,
                monitoring));
        for (String field :
                List.of("ethnicGroup", "relationshipToBaby", "firstTimeParent", "disability", "needsInterpreter")) {
            all.add(count(
                    "reach." + field + ".families",
                    "Families by their first parent's answer (PREFER_NOT_TO_SAY and NOT_ASKED are answers; every"
                            + " answer listed)",
                    "adds up to " + families,
                    monitoring));
            all.add(count(
                    "reach." + field + ".parents",
                    "Parents by their answer (every answer listed)",
                    "adds up to " + parents,
                    monitoring));
        }
        all.add(count(
                "reach.parentAgeBand",
                "Parents by their age on the day the referral was received (UNKNOWN without a date of birth)",
                "adds up to " + parents,
                monitoring));
        all.add(count(
                "reach.babyAgeAtReferral",
                "Families by the baby's age in whole months when the referral was received, or PREGNANT",
                "adds up to " + families,
                REFERRALS));
        all.add(count(
                "reach.area",
                "Families by the first parent's postcode district (UNKNOWN when none); only areas with a family"
                        + " listed",
                "adds up to " + families,
                REFERRALS));
    }

    private static void pirgas(List<FigureDefinition> all, InstrumentRule rule) {
        String families = "outcomes.pirgasFamilies";
        String name = shortName(rule);
        String source = source(rule);
        all.add(count(
                families,
                "Families with paired " + name + " scores: the PARENT_1 dyad's, or PARENT_2's where only"
                        + " that one is paired; each family once",
                CLOSED + "; " + PAIRED,
                source));
        all.add(rate(
                "outcomes.pirgasFamiliesImproved",
                "Headline: " + name + " final " + better(rule) + " than" + " baseline",
                families,
                source));
        all.add(rate(
                "outcomes.pirgasFamiliesMeaningfullyImproved",
                name + " " + better(rule) + " by " + points(rule.meaningfulChange())
                        + " or more (the meaningful change)",
                families,
                source));
        all.add(rate(
                "outcomes.pirgasFamiliesReliablyDeteriorated",
                name + " " + worse(rule) + " by " + points(rule.reliableChange()) + " or more (the reliable change)",
                families,
                source));
    }

    private static void parentsMentalHealth(List<FigureDefinition> all, InstrumentRule phq9, InstrumentRule gad7) {
        String path = "outcomes.parentsMentalHealth";
        String parents = path + ".parents";
        String atCaseness = path + ".atCasenessAtBaseline";
        String both = shortName(phq9) + " and/or " + shortName(gad7);
        String source = source(phq9) + " " + gad7.source();
        String reliable = reliablyWorse(phq9) + ", " + reliablyWorse(gad7);
        all.add(rate(
                "outcomes.parentsMentalHealthImproved",
                "Headline: the same figure as " + path + ".improved",
                parents,
                source));
        all.add(count(
                parents,
                "Parents with paired " + both + " scores, each measure paired on its own dates",
                CLOSED + "; " + PAIRED,
                source));
        all.add(rate(
                path + ".improved",
                "Final better than baseline on at least one of " + shortName(phq9) + " ("
                        + better(phq9) + ") and " + shortName(gad7) + " (" + better(gad7)
                        + "), and reliably worse on neither ("
                        + reliable + ")",
                parents,
                source));
        all.add(rate(
                path + ".reliableImprovement",
                "Better by at least the reliable change on at least one ("
                        + points(phq9.reliableChange()) + " on " + shortName(phq9) + ", "
                        + points(gad7.reliableChange())
                        + " on " + shortName(gad7) + "), and reliably worse on neither",
                parents,
                source));
        all.add(rate(
                path + ".reliableDeterioration",
                "Worse by at least the reliable change on either (" + reliable + ")",
                parents,
                source));
        all.add(count(
                atCaseness,
                "At caseness at baseline on either (" + caseness(phq9) + ", " + caseness(gad7) + ")",
                parents,
                source));
        all.add(rate(
                path + ".recovery",
                "At caseness at baseline, and at caseness at final on neither (" + notCaseness(phq9) + ", "
                        + notCaseness(gad7) + ")",
                atCaseness,
                source));
        all.add(rate(path + ".reliableRecovery", "Recovered, and reliably improved", atCaseness, source));
    }

    private static void epds(List<FigureDefinition> all, InstrumentRule rule) {
        String path = "outcomes.epds";
        String parents = path + ".parents";
        String atCaseness = path + ".atCasenessAtBaseline";
        String name = shortName(rule);
        String source = source(rule);
        all.add(count(parents, "Parents with paired " + name + " scores", CLOSED + "; " + PAIRED, source));
        all.add(rate(path + ".improved", name + " final " + better(rule) + " than baseline", parents, source));
        all.add(rate(
                path + ".reliableImprovement",
                name + " " + better(rule) + " by " + points(rule.reliableChange()) + " or more (the reliable change)",
                parents,
                source));
        all.add(rate(path + ".reliableDeterioration", reliablyWorse(rule), parents, source));
        all.add(count(atCaseness, "At caseness at baseline (" + caseness(rule) + ")", parents, source));
        all.add(rate(
                path + ".recovery",
                "At caseness at baseline, and not at final (" + notCaseness(rule) + ")",
                atCaseness,
                source));
        all.add(rate(path + ".reliableRecovery", "Recovered, and reliably improved", atCaseness, source));
    }

    private static void satisfaction(List<FigureDefinition> all) {
        String responses = "outcomes.satisfactionResponses";
        String source = "outcomes-service: the Friends and Family Test answer's band (change feed)";
        all.add(count(
                responses,
                "Each parent's last answer to the Friends and Family Test question in the episode"
                        + " (\"don't know\" counts as an answer)",
                CLOSED + "; deleted answers count nowhere",
                source));
        all.add(rate(
                "outcomes.satisfactionPositive",
                "Answers very good or good (% positive, as NHS England's Friends" + " and Family Test)",
                responses,
                source));
    }

    private static void feedback(List<FigureDefinition> all) {
        all.add(count(
                "feedback.received",
                "Satisfaction questionnaires completed in the period, with or without comments (feedback forms"
                        + " received)",
                "completedOn in the period; deleted questionnaires count nowhere",
                "outcomes-service's assessments and referrals-service's referral facts (change feeds), as synced"
                        + " by dataAsOf"));
        all.add(count(
                "feedback.quotesApproved",
                "Quotes approved by a manager, and not withdrawn, from feedback the parent agreed may be quoted"
                        + " anonymously; a quote approved for several funding streams counts once",
                "feedback given in a month of the period, approved for a stream counted; none when an area is"
                        + " asked for (quotes carry no area)",
                "outcomes-service's quotes feed: approved text, streams and month only, as synced by dataAsOf"));
    }

    /** "PHQ-9" from "Patient Health Questionnaire (PHQ-9)": the catalogue's own short name, else its code. */
    static String shortName(InstrumentRule rule) {
        Matcher matcher = SHORT_NAME.matcher(rule.name());
        return matcher.find() ? matcher.group(1) : rule.instrument();
    }

    static String caseness(InstrumentRule rule) {
        return shortName(rule) + " " + rule.caseness() + (rule.higherIsBetter() ? " or less" : " or more");
    }

    static String notCaseness(InstrumentRule rule) {
        return shortName(rule) + (rule.higherIsBetter() ? " above " : " below ") + rule.caseness();
    }

    static String better(InstrumentRule rule) {
        return rule.higherIsBetter() ? "higher" : "lower";
    }

    static String worse(InstrumentRule rule) {
        return rule.higherIsBetter() ? "lower" : "higher";
    }

    private static String reliablyWorse(InstrumentRule rule) {
        return shortName(rule) + " " + worse(rule) + " by " + points(rule.reliableChange()) + " or more";
    }

    static String points(int points) {
        return points == 1 ? "1 point" : points + " points";
    }

    private static String source(InstrumentRule rule) {
        return OUTCOMES_FEEDS + "; thresholds from outcomes-service's instrument catalogue. "
                + (rule.source() == null ? shortName(rule) + ": no citation in the catalogue." : rule.source());
    }

    private static FigureDefinition count(String figure, String definition, String population, String source) {
        return new FigureDefinition(figure, definition, population, source);
    }

    private static FigureDefinition rate(String figure, String definition, String denominator, String source) {
        return new FigureDefinition(figure, definition, denominator, source);
    }
}
