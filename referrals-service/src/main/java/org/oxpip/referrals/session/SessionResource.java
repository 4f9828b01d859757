package org.oxpip.referrals.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.security.Roles;
import org.oxpip.platform.versions.Versions;

@Path("/api/v1/referrals/{id}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
@RolesAllowed({Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
@APIResponse(
        responseCode = "404",
        description = "No such referral, or no such session of it",
        content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
public class SessionResource {

    static final String ROLES = "Roles: clinician, manager, admin (never a partner agency). ";
    static final String EXAMPLE = "{\"date\": \"2024-03-10\", \"durationMinutes\": 60, \"kind\": \"PARENT_INFANT\", "
            + "\"setting\": \"HOME\", \"attendance\": \"ATTENDED\", \"attendees\": [\"PARENT_1\", \"BABY\"], "
            + "\"note\": \"Settled quickly; practised the feeding routine together\"}";
    static final String RULES = "date is never in the future, never before the referral was received and never after "
            + "it was closed; durationMinutes 1 to 480; attendees each at most once (may be empty). An ATTENDED session "
            + "recorded while the referral is WAITING moves it to IN_THERAPY on the session's date (a workflow step "
            + "in its history by the same person); an ATTENDED session before the referral's firstSessionOn moves "
            + "firstSessionOn to its date. Either must not be before the referral joined the waiting list. The note "
            + "never leaves this service.";

    @Inject
    SessionService sessions;

    @Inject
    Callers callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record a session of a referral",
            description = ROLES + "The referral must be WAITING, IN_THERAPY or CLOSED (422 referral-not-in-care); one "
                    + "closed without therapy takes no attended session (422 closed-without-therapy); an erased one "
                    + "takes none at all (409 erased). " + RULES)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SessionRequest.class),
                            examples = @ExampleObject(name = "session", value = EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location is the session, its ETag the version",
            headers = {
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SessionView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid: each bad field is listed in errors",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The referral's personal data was erased (erased)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The referral is not in care (referral-not-in-care), or was closed without therapy and the "
                    + "session was attended (closed-without-therapy)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("id") UUID id, @Valid @NotNull SessionRequest request, @Context UriInfo uri) {
        TherapySession session = sessions.record(id, request, callers.current());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(session.id.toString()).build())
                .tag(Versions.etag(session.version))
                .entity(SessionView.of(session))
                .build();
    }

    @GET
    @Operation(
            summary = "The sessions of a referral",
            description = ROLES + "Oldest first; deleted sessions are left out (read one by its id to see it).")
    @APIResponse(
            responseCode = "200",
            description = "The sessions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = SessionView.class)))
    public List<SessionView> list(@PathParam("id") UUID id) {
        return sessions.list(id, callers.current()).stream()
                .map(SessionView::of)
                .toList();
    }

    @GET
    @Path("/{sessionId}")
    @Operation(summary = "One session of a referral", description = ROLES + "Also a deleted one, marked deleted.")
    @APIResponse(
            responseCode = "200",
            description = "The session; its ETag is its version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SessionView.class)))
    public Response read(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        TherapySession session = sessions.read(id, sessionId, callers.current());
        return Response.ok(SessionView.of(session))
                .tag(Versions.etag(session.version))
                .build();
    }

    @PUT
    @Path("/{sessionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Correct a session",
            description = ROLES + "The whole session again, with If-Match: the session's ETag. The version it "
                    + "replaces is kept (GET .../history). " + RULES)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SessionRequest.class),
                            examples = @ExampleObject(name = "session", value = EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Corrected; the new ETag is the new version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SessionView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid: each bad field is listed in errors, including an If-Match that is not one of our "
                    + "ETags (invalid-if-match)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The session was deleted (session-deleted), or the referral erased (erased)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match is stale (stale-version): the session changed since it was read",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "As for recording: referral-not-in-care, closed-without-therapy",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing (if-match-required)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response correct(
            @PathParam("id") UUID id,
            @PathParam("sessionId") UUID sessionId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The session's ETag as last read")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull SessionRequest request) {
        int version = Versions.fromIfMatch(ifMatch);
        TherapySession session = sessions.correct(id, sessionId, version, request, callers.current());
        return Response.ok(SessionView.of(session))
                .tag(Versions.etag(session.version))
                .build();
    }

    @DELETE
    @Path("/{sessionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Delete a session recorded in error",
            description = ROLES + "With If-Match (the session's ETag) and a body giving the reason, as a measure is "
                    + "deleted in outcomes-service. A soft delete: the session stays readable by its id, marked "
                    + "deleted, and leaves the list, the feed and every figure. The referral's firstSessionOn never "
                    + "moves later: therapy did start. An erased referral's sessions cannot be deleted (409 erased).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SessionDeletion.class),
                            examples =
                                    @ExampleObject(
                                            name = "deletion",
                                            value = "{\"reason\": \"Recorded for the wrong family\"}")))
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "400",
            description = "The reason is missing or too long, or If-Match is not one of our ETags",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already deleted (session-deleted), or the referral erased (erased)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match is stale (stale-version)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing (if-match-required)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response delete(
            @PathParam("id") UUID id,
            @PathParam("sessionId") UUID sessionId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The session's ETag as last read")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull SessionDeletion deletion) {
        int version = Versions.fromIfMatch(ifMatch);
        sessions.delete(id, sessionId, version, deletion, callers.current());
        return Response.noContent().build();
    }

    @GET
    @Path("/{sessionId}/history")
    @Operation(
            summary = "The versions a session replaced",
            description = ROLES + "Oldest first, each with the change that replaced it (CORRECTED or DELETED), who "
                    + "made it and when, and a deletion's reason. The current version is the session itself.")
    @APIResponse(
            responseCode = "200",
            description = "The replaced versions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = SessionVersionView.class)))
    public List<SessionVersionView> history(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        return sessions.history(id, sessionId, callers.current()).stream()
                .map(SessionVersionView::of)
                .toList();
    }
}
