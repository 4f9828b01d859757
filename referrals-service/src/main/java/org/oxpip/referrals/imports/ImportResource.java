package org.oxpip.referrals.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.platform.imports.ImportReport;
import org.oxpip.platform.imports.ImportUpload;
import org.oxpip.platform.imports.SheetReader;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.security.Roles;

/** Import of the charity's 2022–2024 spreadsheets (issue 18): here the referrals and sessions sheets. */
@Path("/api/v1/imports")
@Tag(name = "Imports")
public class ImportResource {

    @Inject
    ImportRunner runner;

    @Inject
    Callers callers;

    @POST
    // Any type is taken in and checked here, after the role: a caller who may not import is told 403 whatever
    // it sends, never first that its file has the wrong type.
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Upload a sheet to check (dry run) or import (commit)",
            description = "Role: admin. The file is the body: one sheet as UTF-8 CSV (text/csv, sheet required), or an "
                    + ".xlsx workbook (sheet may be left out: then its referrals and sessions sheets, whichever it "
                    + "has, in one run, referrals first, so a session may name a family the same workbook creates). "
                    + "This service imports the referrals and sessions sheets; measures are imported by "
                    + "outcomes-service, after the referrals. A session is checked with the sessions API's rules "
                    + "(its family's referral found by externalRef) and recorded as that API records one (an "
                    + "attended session moves a WAITING referral to IN_THERAPY). The upload is answered at once "
                    + "(202); poll the Location for the report. A dry run (the default) checks every row with the "
                    + "API's own rules and reports what would be created; commit=true creates everything or, if any "
                    + "row has a problem or a conflict, nothing. Rows imported before with the same content count "
                    + "as alreadyImported. Problems say row, column and why, never what a cell held. A file that is "
                    + "not CSV or a readable workbook, holds formulas, or whose header is not the template's is "
                    + "refused with 400 before anything runs. The template: docs/import/README.md.")
    @RequestBody(
            content = {
                @Content(mediaType = SheetReader.CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = SheetReader.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the run has started; its report is at the Location",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a readable CSV file or workbook, a formula, a header that is not the template's, "
                    + "or a wrong sheet or commit parameter",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = "Neither text/csv nor the .xlsx media type",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "The file is larger than the 20 MB an import takes",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response upload(
            @Parameter(
                            description = "referrals or sessions (required for CSV; left out for a workbook: both, "
                                    + "whichever it has, referrals first)")
                    @QueryParam("sheet")
                    String sheet,
            @Parameter(description = "true to import; default false, a dry run") @QueryParam("commit") String commit,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            byte[] file) {
        ImportUpload upload = ImportUpload.read(
                headers.getMediaType(),
                sheet,
                commit,
                file,
                List.of(ReferralColumns.TEMPLATE, SessionColumns.TEMPLATE),
                "this service imports referrals and sessions; measures are imported by outcomes-service");
        return runner.accept(upload, callers.current(), uri);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "An import's status, progress and report",
            description = "Role: admin. RUNNING while it works (progress 0.0 to 1.0), then DONE with the report, or "
                    + "FAILED (nothing was created; the problems say where it stopped).")
    @APIResponse(
            responseCode = "200",
            description = "The run",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such import",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public ImportReport get(@PathParam("id") String id) {
        return runner.report(id);
    }
}
