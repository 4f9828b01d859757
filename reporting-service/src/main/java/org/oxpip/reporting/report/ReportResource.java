package org.oxpip.reporting.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.security.Caller;
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.security.Roles;

@Path("/api/v1/reports")
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
// What every report answers when refused: bad parameters, a funder outside its streams, a funder's partial month.
@APIResponse(
        responseCode = "400",
        description = ReportResource.BAD_REQUEST,
        content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = ReportResource.FORBIDDEN,
        content =
                @Content(
                        mediaType = Problem.JSON,
                        schema = @Schema(implementation = Problem.class),
                        examples = {
                            @ExampleObject(name = "funding-stream-not-yours", value = ReportExamples.NOT_YOURS),
                            @ExampleObject(name = "no-funding-streams", value = ReportExamples.NO_STREAMS),
                            @ExampleObject(
                                    name = "area-report-not-published",
                                    value = ReportExamples.AREA_NOT_PUBLISHED)
                        }))
@APIResponse(
        responseCode = "422",
        description = "A funder asked for a period that is not whole calendar months",
        content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "503",
        description = ReportResource.RULES_NOT_SYNCED,
        content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
public class ReportResource {

    private static final String ROLES = "Roles: manager (exact figures, every funding stream), funder (through the"
            + " configured disclosure control: oxpip.disclosure.policy, default or nhs-england; funders' periods must be"
            + " whole calendar months, else 422; only the funding streams in the token's funding_streams claim, set by"
            + " an administrator in the realm: another fundingStream is 403 funding-stream-not-yours, no fundingStream"
            + " counts the funder's own streams only, a token without the claim is 403 no-funding-streams; under the default"
            + " policy no area: 403 area-report-not-published, since the whole minus the area would give the rest). ";
    static final String FORBIDDEN = "The caller's role may not do this (forbidden); or a funder asked for a funding"
            + " stream not in its token's funding_streams claim (funding-stream-not-yours), or its token names no"
            + " funding stream (no-funding-streams); or a report under the default disclosure policy (a funder's, or a"
            + " manager's forPublication) asked for one area (area-report-not-published). The problem never names a"
            + " funding stream or an area.";
    static final String RULES_NOT_SYNCED = "rules-not-synced: the outcome rules (direction, caseness, reliable"
            + " change, meaningful change) have never yet been read from outcomes-service's instrument catalogue, so"
            + " no outcome can be counted; once read they are kept, and reports answer while outcomes-service is down";
    static final String BAD_REQUEST = "Malformed or invalid parameters; `errors` lists each bad field";
    static final String STREAM = "Only this funding stream. A funder may name only one of its own (else 403); without"
            + " it a funder's report counts all of its own streams and no other.";

    static final String AREA = "Only this area (postcode district). Exact figures (managers) and the nhs-england"
            + " policy only: under the default disclosure policy it is 403 area-report-not-published (the report without"
            + " it minus this one would give the other areas' figures exactly).";

    private final ImpactReports reports;
    private final Callers callers;

    ReportResource(ImpactReports reports, Callers callers) {
        this.reports = reports;
        this.callers = callers;
    }

    @GET
    @Path("/summary")
    @Produces({MediaType.APPLICATION_JSON, SummaryCsv.MEDIA_TYPE})
    @RolesAllowed({Roles.MANAGER, Roles.FUNDER})
    @Operation(
            operationId = "getSummaryReport",
            summary = "A period's referrals, waiting times, activity and outcomes",
            description = ROLES + "JSON, or CSV with `Accept: text/csv` (`format=csv` is an alias that wins over"
                    + " Accept, as is GET /api/v1/reports/summary.csv). Computed in the database"
                    + " over the read model, so it answers even when an upstream service is down: `dataAsOf` says"
                    + " how fresh the figures are. Outcomes are over the episodes CLOSED in the period with paired"
                    + " scores. Every definition: reporting-service/README.md, \"Report definitions\".")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = SummaryReport.class),
                        examples = @ExampleObject(name = "manager", value = ReportExamples.SUMMARY)),
                @Content(
                        mediaType = SummaryCsv.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = ReportExamples.CSV))
            })
    public Response summary(
            @Parameter(description = "First day of the period, included", required = true, example = "2024-01-01")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Last day of the period, included", required = true, example = "2024-12-31")
                    @QueryParam("to")
                    String to,
            @Parameter(description = STREAM, example = "DIDCOT_POWERHOUSE") @QueryParam("fundingStream")
                    String fundingStream,
            @Parameter(description = AREA, example = "OX11") @QueryParam("area") String area,
            @Parameter(
                            description = "csv or json: an alias for the Accept header that wins over it",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv", "json"}))
                    @QueryParam("format")
                    String format,
            @Parameter(
                            description = "Managers: apply the funders' disclosure control, for a report to be sent or"
                                    + " published. Funders always get it.",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("forPublication")
                    boolean forPublication) {
        Caller caller = admitted();
        ReportQuery query = ReportParameters.query(from, to, fundingStream, area);
        MediaType asked = ReportParameters.format(format);
        SummaryReport report = reports.summary(query, caller, forPublication);
        // Without format= JAX-RS chooses JSON or CSV from Accept; SummaryCsv writes the CSV either way.
        return asked == null
                ? Response.ok(report).build()
                : Response.ok(report, asked).build();
    }

    @GET
    @Path("/summary.csv")
    @Produces(SummaryCsv.MEDIA_TYPE)
    @RolesAllowed({Roles.MANAGER, Roles.FUNDER})
    @Operation(
            operationId = "getSummaryReportCsv",
            summary = "The summary report as CSV",
            description = ROLES + "The same report as GET /api/v1/reports/summary, always as CSV: one figure per"
                    + " row (section, figure, category, value, numerator, denominator, percent, suppressed).")
    @APIResponse(
            responseCode = "200",
            description = "The report as CSV",
            content =
                    @Content(
                            mediaType = SummaryCsv.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = ReportExamples.CSV)))
    public SummaryReport summaryCsv(
            @Parameter(description = "First day of the period, included", required = true, example = "2024-01-01")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Last day of the period, included", required = true, example = "2024-12-31")
                    @QueryParam("to")
                    String to,
            @Parameter(description = STREAM, example = "DIDCOT_POWERHOUSE") @QueryParam("fundingStream")
                    String fundingStream,
            @Parameter(description = AREA, example = "OX11") @QueryParam("area") String area,
            @Parameter(
                            description = "Managers: apply the funders' disclosure control",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("forPublication")
                    boolean forPublication) {
        Caller caller = admitted();
        ReportQuery query = ReportParameters.query(from, to, fundingStream, area);
        return reports.summary(query, caller, forPublication);
    }

    @GET
    @Path("/trend")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.FUNDER})
    @Operation(
            operationId = "getTrendReport",
            summary = "The headline figures per quarter or year",
            description = ROLES + "pirgasFamiliesImproved and parentsMentalHealthImproved for each calendar quarter or"
                    + " year of the period (the first and last cut to the period), over the episodes closed in that"
                    + " interval, defined exactly as in the summary report. At most 100 intervals. Under the default"
                    + " disclosure policy the intervals are protected together with the period's own figure (the"
                    + " summary report of the same period): when an interval with anyone in it is hidden, the shown"
                    + " interval(s) with the smallest denominator are hidden too, so no hidden interval is the period"
                    + " minus the others.")
    @APIResponse(
            responseCode = "200",
            description = "One entry per interval",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TrendReport.class),
                            examples = @ExampleObject(name = "by year", value = ReportExamples.TREND)))
    public TrendReport trend(
            @Parameter(description = "First day of the period, included", required = true, example = "2023-01-01")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Last day of the period, included", required = true, example = "2024-12-31")
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "quarter or year",
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"quarter", "year"}))
                    @QueryParam("interval")
                    String interval,
            @Parameter(description = STREAM, example = "DIDCOT_POWERHOUSE") @QueryParam("fundingStream")
                    String fundingStream,
            @Parameter(description = AREA, example = "OX11") @QueryParam("area") String area,
            @Parameter(
                            description = "Managers: apply the funders' disclosure control",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("forPublication")
                    boolean forPublication) {
        Caller caller = admitted();
        ReportQuery query = ReportParameters.query(from, to, fundingStream, area);
        Intervals.Kind kind = ReportParameters.interval(interval, query);
        return reports.trend(query, kind, caller, forPublication);
    }

    /** A funder whose token names no funding stream is refused before its parameters are even read. */
    private Caller admitted() {
        Caller caller = callers.current();
        FunderScope.admit(caller);
        return caller;
    }
}
