package org.oxpip.reporting.impact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.oxpip.reporting.report.FunderScope;
import org.oxpip.reporting.report.Intervals;
import org.oxpip.reporting.report.ReportParameters;
import org.oxpip.reporting.report.ReportQuery;

/** The impact report: the document the charity sends its funder, as a web page or a PDF. */
@Path("/api/v1/reports/impact")
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
public class ImpactResource {

    /** A period of up to this many quarters is shown quarter by quarter, a longer one year by year. */
    static final int MOST_QUARTERS_BY_DEFAULT = 8;

    private static final String NOT_YOURS = "{\"type\": \"https://oxpip.org/problems/funding-stream-not-yours\","
            + " \"title\": \"Forbidden\", \"status\": 403, \"detail\": \"A funder may see only the funding streams in"
            + " its token (claim funding_streams)\"}";
    private static final String NO_STREAMS = "{\"type\": \"https://oxpip.org/problems/no-funding-streams\","
            + " \"title\": \"Forbidden\", \"status\": 403, \"detail\": \"A funder's token must name the funding streams"
            + " it funds (claim funding_streams); this one names none. Ask the administrator to set them.\"}";

    private final ImpactDocuments documents;
    private final Callers callers;

    ImpactResource(ImpactDocuments documents, Callers callers) {
        this.documents = documents;
        this.callers = callers;
    }

    @GET
    @Produces({ImpactHtml.MEDIA_TYPE, ImpactPdf.MEDIA_TYPE})
    @RolesAllowed({Roles.MANAGER, Roles.FUNDER})
    @Operation(
            operationId = "getImpactReport",
            summary = "The impact report for a funder: a self-contained web page or a PDF",
            description = "Roles: manager (exact figures, every funding stream; forPublication=true gives the"
                    + " funder's version), funder (always through the configured disclosure control, only the funding"
                    + " streams in the token's funding_streams claim: another fundingStream is 403"
                    + " funding-stream-not-yours, a token without the claim 403 no-funding-streams; whole calendar"
                    + " months only, else 422). `Accept: text/html` (the default) answers one self-contained XHTML"
                    + " page (inline CSS and SVG charts, no scripts, nothing fetched, A4 print styles);"
                    + " `Accept: application/pdf` the same document as a PDF; anything else 406. Every figure is the"
                    + " summary and trend report's for the same request (GET /api/v1/reports/summary and /trend), laid"
                    + " out in sentences, tables and charts: a figure hidden by disclosure control reads \"fewer than"
                    + " 5 …\" or says why, and appears nowhere in the document. The title block is the stream's, kept"
                    + " by managers (PUT /api/v1/reports/impact/settings/{fundingStream}).")
    @APIResponse(
            responseCode = "200",
            description = "The impact report",
            content = {
                @Content(
                        mediaType = ImpactHtml.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "page",
                                        value = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\""
                                                + " lang=\"en-GB\">…</html>")),
                @Content(
                        mediaType = ImpactPdf.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "400",
            description = "Malformed or invalid parameters; `errors` lists each bad field",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The caller's role may not do this (forbidden); or a funder asked for a funding stream not in"
                    + " its token's funding_streams claim (funding-stream-not-yours), or its token names no funding"
                    + " stream (no-funding-streams). The problem never names a funding stream.",
            content =
                    @Content(
                            mediaType = Problem.JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(name = "funding-stream-not-yours", value = NOT_YOURS),
                                @ExampleObject(name = "no-funding-streams", value = NO_STREAMS)
                            }))
    @APIResponse(
            responseCode = "406",
            description = "Accept names neither text/html nor application/pdf",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A funder asked for a period that is not whole calendar months",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public ImpactReport impact(
            @Parameter(description = "First day of the period, included", required = true, example = "2024-01-01")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Last day of the period, included", required = true, example = "2024-12-31")
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "Only this funding stream, whose title block heads the report. A funder may"
                                    + " name only one of its own (else 403); without it a funder's report counts all of"
                                    + " its own streams and no other.",
                            example = "DIDCOT_POWERHOUSE")
                    @QueryParam("fundingStream")
                    String fundingStream,
            @Parameter(
                            description = "The trend chart's intervals: quarter or year. Default: quarters for a period"
                                    + " of up to " + MOST_QUARTERS_BY_DEFAULT + " quarters, years for a longer one.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"quarter", "year"}))
                    @QueryParam("interval")
                    String interval,
            @Parameter(
                            description = "Managers: apply the funders' disclosure control, for a report to be sent or"
                                    + " published. Funders always get it.",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("forPublication")
                    boolean forPublication) {
        Caller caller = callers.current();
        FunderScope.admit(caller);
        ReportQuery query = ReportParameters.query(from, to, fundingStream, null);
        Intervals.Kind kind = interval == null || interval.isBlank()
                ? defaultInterval(query)
                : ReportParameters.interval(interval, query);
        return documents.report(query, kind, caller, forPublication);
    }

    private static Intervals.Kind defaultInterval(ReportQuery query) {
        int quarters = Intervals.split(query.from(), query.to(), Intervals.Kind.QUARTER)
                .size();
        return quarters <= MOST_QUARTERS_BY_DEFAULT ? Intervals.Kind.QUARTER : Intervals.Kind.YEAR;
    }
}
