package org.oxpip.referrals.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.security.Roles;
import org.oxpip.platform.versions.Versions;

@Path("/api/v1/referrals/{id}/parents/{position}/monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring")
@RolesAllowed({Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
@APIResponse(
        responseCode = "404",
        description = "No such referral, or no parent at that position (1 or 2)",
        content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
public class MonitoringResource {

    @Inject
    MonitoringService monitoring;

    @Inject
    Callers callers;

    @GET
    @Operation(
            summary = "A parent's equality monitoring",
            description = "Roles: clinician, manager, admin. Codes only; still there after the family's personal "
                    + "data was erased.")
    @APIResponse(
            responseCode = "200",
            description = "The parent's monitoring; its ETag is its version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MonitoringView.class)))
    public Response read(
            @PathParam("id") UUID id,
            @Parameter(description = "The parent's position on the referral: 1 or 2") @PathParam("position")
                    String position) {
        ParentMonitoring m = monitoring.read(id, position(position), callers.current());
        return Response.ok(MonitoringView.of(m)).tag(Versions.etag(m.version)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add or correct a parent's equality monitoring",
            description = "Roles: clinician, manager, admin. The whole set again, with If-Match (the monitoring's "
                    + "ETag); a field left out becomes NOT_ASKED. An erased referral's monitoring cannot change "
                    + "(409 erased).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Monitoring.class),
                            examples =
                                    @ExampleObject(
                                            name = "monitoring",
                                            value =
                                                    "{\"ethnicGroup\": \"PREFER_NOT_TO_SAY\", "
                                                            + "\"relationshipToBaby\": \"BIRTH_MOTHER\", \"firstTimeParent\": "
                                                            + "\"YES\", \"disability\": \"NO\", \"needsInterpreter\": \"NO\"}")))
    @APIResponse(
            responseCode = "200",
            description = "Corrected; the new ETag is the new version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MonitoringView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A code that is not one of the field's, or an If-Match that is not one of our ETags",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The referral's personal data was erased (erased)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match is stale (stale-version)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing (if-match-required)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response correct(
            @PathParam("id") UUID id,
            @Parameter(description = "The parent's position on the referral: 1 or 2") @PathParam("position")
                    String position,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The monitoring's ETag as last read")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @NotNull Monitoring given) {
        int version = Versions.fromIfMatch(ifMatch);
        ParentMonitoring m = monitoring.correct(id, position(position), version, given, callers.current());
        return Response.ok(MonitoringView.of(m)).tag(Versions.etag(m.version)).build();
    }

    /** Anything but 1 or 2 names no parent: 404, like a parent the referral does not have. */
    private static int position(String raw) {
        if ("1".equals(raw)) {
            return 1;
        }
        if ("2".equals(raw)) {
            return 2;
        }
        throw ProblemException.notFound();
    }
}
