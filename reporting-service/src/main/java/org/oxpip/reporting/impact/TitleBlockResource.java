package org.oxpip.reporting.impact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.Problem.FieldError;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Roles;
import org.oxpip.platform.versions.Versions;
import org.oxpip.reporting.report.ReportParameters;

/** The title block of a funding stream's impact report, kept by managers. */
@Path("/api/v1/reports/impact/settings/{fundingStream}")
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "400",
        description = "A bad funding stream code, a bad body (each bad field in errors: missing, too long, or looking"
                + " like personal data), or an If-Match that is not one of our ETags (invalid-if-match)",
        content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
public class TitleBlockResource {

    private static final String EXAMPLE = "{\"projectTitle\": \"Parent-Infant Psychotherapy in Didcot\","
            + " \"funderName\": \"The Didcot Powerhouse Fund\", \"description\": \"Weekly parent-infant psychotherapy"
            + " for families with a baby under two.\", \"area\": \"Didcot and the villages around it (OX11)\"}";

    private final TitleBlocks blocks;
    private final Clock clock;

    TitleBlockResource(TitleBlocks blocks) {
        this.blocks = blocks;
        this.clock = Clock.systemUTC();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(
            operationId = "getImpactTitleBlock",
            summary = "A funding stream's impact report title block",
            description = "Roles: manager. The words at the top of the stream's impact report; the ETag is the"
                    + " version to send in If-Match when changing it.")
    @APIResponse(
            responseCode = "200",
            description = "The title block; ETag: its version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TitleBlockView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No title block for this stream yet (the report then names the stream by its code)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response get(
            @Parameter(description = "Funding stream code", example = "DIDCOT_POWERHOUSE") @PathParam("fundingStream")
                    String fundingStream) {
        TitleBlockView block = blocks.find(stream(fundingStream)).orElseThrow(ProblemException::notFound);
        return Response.ok(block).tag(Versions.etag(block.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(
            operationId = "putImpactTitleBlock",
            summary = "Write a funding stream's impact report title block",
            description = "Roles: manager. The first write of a stream's title block needs no If-Match (201); every"
                    + " later one sends If-Match with the ETag last read (200; 428 without it, 412 when another manager"
                    + " changed it since). Strict JSON: every field is required (description may be empty), unknown"
                    + " fields are refused. The text is about the grant and is sent to the funder: text that looks"
                    + " like an e-mail address, a phone or NHS number or a full postcode is refused (400).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TitleBlockText.class),
                            examples = @ExampleObject(name = "Didcot", value = EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Changed; ETag: the new version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TitleBlockView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created (the stream had none); ETag: its version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TitleBlockView.class)))
    @APIResponse(
            responseCode = "412",
            description = "Changed by someone else since it was read (stale-version), or If-Match sent for a title"
                    + " block that does not exist",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing for a title block that exists (if-match-required)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response put(
            @Parameter(description = "Funding stream code", example = "DIDCOT_POWERHOUSE") @PathParam("fundingStream")
                    String fundingStream,
            @Parameter(
                            in = ParameterIn.HEADER,
                            description = "The ETag last read; left out only when the stream has no title block yet")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull TitleBlockText text) {
        String stream = stream(fundingStream);
        Integer expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.fromIfMatch(ifMatch);
        checkForPersonalData(text);
        TitleBlocks.Saved saved = blocks.save(stream, expected, text, clock.instant());
        return Response.status(saved.created() ? 201 : 200)
                .entity(saved.block())
                .tag(Versions.etag(saved.block().version()))
                .build();
    }

    private static String stream(String fundingStream) {
        if (fundingStream == null
                || !ReportParameters.FUNDING_STREAM.matcher(fundingStream).matches()) {
            throw ProblemException.invalid("fundingStream", "must be upper-case letters, digits and _");
        }
        return fundingStream;
    }

    private static void checkForPersonalData(TitleBlockText text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("projectTitle", text.projectTitle());
        fields.put("funderName", text.funderName());
        fields.put("description", text.description());
        fields.put("area", text.area());
        List<FieldError> errors = new ArrayList<>();
        fields.forEach((field, value) ->
                PersonalDataCheck.problem(value).ifPresent(message -> errors.add(new FieldError(field, message))));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
