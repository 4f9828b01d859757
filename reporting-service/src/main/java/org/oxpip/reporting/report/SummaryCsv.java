package org.oxpip.reporting.report;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.oxpip.reporting.report.SummaryReport.CategoryCount;
import org.oxpip.reporting.report.SummaryReport.ParentMeasureOutcomes;

/**
 * The summary report as CSV: one figure per row, so a spreadsheet can filter it, with the same names
 * as the JSON. A count fills {@code value}; a rate fills numerator, denominator and percent; the
 * report's own facts (period, filters, data as of, disclosure) come first as {@code report} rows.
 * JAX-RS picks this writer whenever the answer is to be {@code text/csv} (the Accept header, or the
 * format=csv and summary.csv aliases), so the resource only says which report, never how it is written.
 */
@Provider
@Produces(SummaryCsv.MEDIA_TYPE)
@ConstrainedTo(RuntimeType.SERVER)
public class SummaryCsv implements MessageBodyWriter<SummaryReport> {

    public static final String MEDIA_TYPE = "text/csv";
    private static final MediaType MEDIA_TYPE_UTF8 =
            MediaType.valueOf(MEDIA_TYPE).withCharset("UTF-8");
    static final String HEADER = "section,figure,category,value,numerator,denominator,percent,suppressed";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return SummaryReport.class.isAssignableFrom(type) && mediaType.isCompatible(MediaType.valueOf(MEDIA_TYPE));
    }

    /** A download with a name that says what it holds; always UTF-8, whatever the client asked for. */
    @Override
    public void writeTo(
            SummaryReport report,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream body)
            throws IOException {
        headers.putSingle(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE_UTF8);
        headers.putSingle(
                "Content-Disposition",
                "attachment; filename=\"oxpip-summary-" + report.from() + "-to-" + report.to() + ".csv\"");
        body.write(write(report).getBytes(StandardCharsets.UTF_8));
    }

    static String write(SummaryReport report) {
        CsvRows rows = new CsvRows(HEADER);
        rows.fact("from", report.from());
        rows.fact("to", report.to());
        rows.fact("fundingStream", report.fundingStream());
        // The streams counted (a funder's own when it asked for none), space-separated; empty: every stream.
        rows.fact("fundingStreams", report.fundingStreams() == null ? null : String.join(" ", report.fundingStreams()));
        rows.fact("area", report.area());
        rows.fact("dataAsOf", report.dataAsOf());
        rows.fact("disclosure", report.disclosure());

        var referrals = report.referrals();
        rows.count("referrals", "received", null, referrals.received());
        categories(rows, "referrals", "bySourceType", referrals.bySourceType());
        categories(rows, "referrals", "byArea", referrals.byArea());
        rows.rate("referrals", "accepted", referrals.accepted());
        rows.rate("referrals", "declined", referrals.declined());
        rows.rate("referrals", "redirected", referrals.redirected());
        rows.rate("referrals", "eligible", referrals.eligible());
        categories(rows, "referrals", "triage", referrals.triage());

        var waiting = report.waiting();
        rows.count("waiting", "firstSessions", null, waiting.firstSessions());
        rows.statistic("waiting", "medianDays", waiting.medianDays(), waiting.suppressed());
        rows.statistic("waiting", "p90Days", waiting.p90Days(), waiting.suppressed());

        var activity = report.activity();
        rows.count("activity", "familiesSeen", null, activity.familiesSeen());
        rows.count("activity", "episodesClosed", null, activity.episodesClosed());
        categories(rows, "activity", "closedByReason", activity.closedByReason());

        var delivered = report.delivered();
        rows.count("delivered", "sessionsOffered", null, delivered.sessionsOffered());
        rows.count("delivered", "sessionsAttended", null, delivered.sessionsAttended());
        rows.rate("delivered", "didNotAttend", delivered.didNotAttend());
        rows.count("delivered", "familiesSeen", null, delivered.familiesSeen());
        var perEpisode = delivered.sessionsPerCompletedEpisode();
        rows.count("delivered.sessionsPerCompletedEpisode", "episodes", null, perEpisode.episodes());
        rows.statistic("delivered.sessionsPerCompletedEpisode", "median", perEpisode.median(), perEpisode.suppressed());
        rows.statistic("delivered.sessionsPerCompletedEpisode", "mean", perEpisode.mean(), perEpisode.suppressed());
        rows.rate("delivered", "completedCourse", delivered.completedCourse());

        var reach = report.reach();
        rows.count("reach", "families", null, reach.families());
        rows.count("reach", "parents", null, reach.parents());
        monitoring(rows, "ethnicGroup", reach.ethnicGroup());
        monitoring(rows, "relationshipToBaby", reach.relationshipToBaby());
        monitoring(rows, "firstTimeParent", reach.firstTimeParent());
        monitoring(rows, "disability", reach.disability());
        monitoring(rows, "needsInterpreter", reach.needsInterpreter());
        categories(rows, "reach", "parentAgeBand", reach.parentAgeBand());
        categories(rows, "reach", "babyAgeAtReferral", reach.babyAgeAtReferral());
        categories(rows, "reach", "area", reach.area());

        var outcomes = report.outcomes();
        rows.count("outcomes", "pirgasFamilies", null, outcomes.pirgasFamilies());
        rows.rate("outcomes", "pirgasFamiliesImproved", outcomes.pirgasFamiliesImproved());
        rows.rate("outcomes", "pirgasFamiliesMeaningfullyImproved", outcomes.pirgasFamiliesMeaningfullyImproved());
        rows.rate("outcomes", "pirgasFamiliesReliablyDeteriorated", outcomes.pirgasFamiliesReliablyDeteriorated());
        rows.rate("outcomes", "parentsMentalHealthImproved", outcomes.parentsMentalHealthImproved());
        parents(rows, "outcomes.parentsMentalHealth", outcomes.parentsMentalHealth());
        parents(rows, "outcomes.epds", outcomes.epds());
        rows.count("outcomes", "satisfactionResponses", null, outcomes.satisfactionResponses());
        rows.rate("outcomes", "satisfactionPositive", outcomes.satisfactionPositive());

        var feedback = report.feedback();
        rows.count("feedback", "received", null, feedback.received());
        if (feedback.quotesApproved() != null) {
            rows.count("feedback", "quotesApproved", null, feedback.quotesApproved());
        }
        return rows.text();
    }

    private static void categories(CsvRows rows, String section, String figure, List<CategoryCount> categories) {
        categories.forEach(category -> rows.count(section, figure, category.category(), category.count()));
    }

    private static void monitoring(CsvRows rows, String field, SummaryReport.MonitoringBreakdown breakdown) {
        categories(rows, "reach." + field, "families", breakdown.families());
        categories(rows, "reach." + field, "parents", breakdown.parents());
    }

    private static void parents(CsvRows rows, String section, ParentMeasureOutcomes measure) {
        rows.count(section, "parents", null, measure.parents());
        rows.rate(section, "improved", measure.improved());
        rows.rate(section, "reliableImprovement", measure.reliableImprovement());
        rows.rate(section, "reliableDeterioration", measure.reliableDeterioration());
        rows.count(section, "atCasenessAtBaseline", null, measure.atCasenessAtBaseline());
        rows.rate(section, "recovery", measure.recovery());
        rows.rate(section, "reliableRecovery", measure.reliableRecovery());
    }
}
