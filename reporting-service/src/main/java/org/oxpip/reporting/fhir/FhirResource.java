package org.oxpip.reporting.fhir;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Measure;
import org.oxpip.platform.fhir.Fhir;
import org.oxpip.platform.fhir.FhirResourceSchema;
import org.oxpip.platform.fhir.Searchset;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Caller;
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.security.Roles;
import org.oxpip.reporting.report.FigureDefinitions;
import org.oxpip.reporting.report.FunderScope;
import org.oxpip.reporting.report.ImpactReports;
import org.oxpip.reporting.report.ReportStore;
import org.oxpip.reporting.report.SummaryReport;

/**
 * FHIR R4 reads (issue 21, docs/fhir.md): the summary report's rates as a MeasureReport, with the roles, funding
 * stream rules and disclosure control of GET /api/v1/reports/summary, and the Measure that defines them, written
 * from the same definitions. Refusals are OperationOutcome (FhirRefusals). The platform's OpenAPI filter
 * (CommonResponses) documents every /fhir/ route's 401, 403 and 503 as OperationOutcomes; this class names only
 * the words of its own 403 and 503, and the filter adds the content and the database to them.
 */
@Path("/fhir/r4")
@Produces({Fhir.JSON, "application/json"})
@SecurityRequirement(name = "bearer")
@Tag(name = "FHIR")
@APIResponse(
        responseCode = "403",
        description = "The caller's role may not do this; or a funder asked for a funding stream not in its token's"
                + " funding_streams claim, or its token names none")
@APIResponse(
        responseCode = "503",
        description = "rules-not-synced: the outcome rules have never yet been read from outcomes-service")
public class FhirResource {

    private static final String ROLES = "Roles: manager (exact figures), funder (its own funding streams only, whole"
            + " calendar months, the configured disclosure control; as GET /api/v1/reports/summary). ";
    private static final Date BUILT = new Date();

    private final ImpactReports reports;
    private final ReportStore store;
    private final Callers callers;
    private final ObjectMapper json;

    @Context
    UriInfo uri;

    FhirResource(ImpactReports reports, ReportStore store, Callers callers, ObjectMapper json) {
        this.reports = reports;
        this.store = store;
        this.callers = callers;
        this.json = json;
    }

    @GET
    @Path("/MeasureReport")
    @RolesAllowed({Roles.MANAGER, Roles.FUNDER})
    @Operation(
            operationId = "searchFhirMeasureReports",
            summary = "The summary report's rates as a FHIR MeasureReport",
            description = ROLES + "A searchset Bundle with one MeasureReport (type summary) of Measure/summary: one"
                    + " group per rate of the summary report, with its numerator and denominator populations and the"
                    + " percent as measureScore, the same figures as the JSON report for the same period and funding"
                    + " stream. A figure suppressed by disclosure control carries no number at all: its counts and"
                    + " score have only the data-absent-reason extension (masked).")
    @APIResponse(
            responseCode = "200",
            description = "A searchset Bundle with the MeasureReport",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    @APIResponse(
            responseCode = "400",
            description = "period missing or not YYYY-MM-DD/YYYY-MM-DD, or a malformed fundingStream (an"
                    + " OperationOutcome naming the parameter)",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    @APIResponse(
            responseCode = "422",
            description = "A funder asked for a period that is not whole calendar months (an OperationOutcome)",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    public Response measureReports(
            @Parameter(
                            description = "First and last day of the period, both included: YYYY-MM-DD/YYYY-MM-DD",
                            required = true,
                            example = "2024-01-01/2024-12-31")
                    @QueryParam(MeasureReportSearch.PERIOD)
                    String period,
            @Parameter(
                            description = "Only this funding stream (a funder: one of its own; without it, all of"
                                    + " its own)",
                            example = "DIDCOT_POWERHOUSE")
                    @QueryParam(MeasureReportSearch.FUNDING_STREAM)
                    String fundingStream) {
        Caller caller = callers.current();
        FunderScope.admit(caller);
        SummaryReport report = reports.summary(MeasureReportSearch.query(period, fundingStream), caller, false);
        return Fhir.ok(Searchset.of(base(), List.of(SummaryMeasureReport.of(report, json, new Date()))));
    }

    @GET
    @Path("/Measure")
    @RolesAllowed({Roles.MANAGER, Roles.FUNDER})
    @Operation(
            operationId = "searchFhirMeasures",
            summary = "The Measure that defines the MeasureReport's groups",
            description = "Roles: manager, funder. A searchset Bundle with Measure/summary: one group per rate of the"
                    + " summary report, written from the report's own definitions with the outcome rules it counts"
                    + " with now.")
    @APIResponse(
            responseCode = "200",
            description = "A searchset Bundle with the Measure",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    public Response measures() {
        return Fhir.ok(Searchset.of(base(), List.of(measure())));
    }

    @GET
    @Path("/Measure/{id}")
    @RolesAllowed({Roles.MANAGER, Roles.FUNDER})
    @Operation(
            operationId = "readFhirMeasure",
            summary = "One Measure (summary)",
            description = "Roles: manager, funder. The only id is summary.")
    @APIResponse(
            responseCode = "200",
            description = "The Measure",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such Measure (an OperationOutcome)",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    public Response measure(@Parameter(example = SummaryMeasure.ID) @PathParam("id") String id) {
        if (!SummaryMeasure.ID.equals(id)) {
            throw ProblemException.notFound();
        }
        return Fhir.ok(measure());
    }

    @GET
    @Path("/metadata")
    @RolesAllowed({Roles.MANAGER, Roles.FUNDER})
    @Operation(
            operationId = "getFhirCapabilityStatement",
            summary = "What this FHIR API supports (CapabilityStatement)",
            description = "Roles: manager, funder. Exactly the search and reads above, JSON only.")
    @APIResponse(
            responseCode = "200",
            description = "The CapabilityStatement",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    public Response metadata() {
        return Fhir.ok(Capability.statement(BUILT));
    }

    private Measure measure() {
        return SummaryMeasure.of(FigureDefinitions.of(store.rules()), BUILT);
    }

    private String base() {
        return uri.getBaseUri().toString().replaceAll("/?$", "/") + "fhir/r4/";
    }
}
