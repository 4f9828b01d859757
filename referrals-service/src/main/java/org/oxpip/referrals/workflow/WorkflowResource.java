package org.oxpip.referrals.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Caller;
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.security.Roles;
import org.oxpip.platform.versions.Versions;
import org.oxpip.referrals.audit.AuditLog;
import org.oxpip.referrals.referral.Referral;
import org.oxpip.referrals.referral.ReferralView;

@Path("/api/v1/referrals/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow")
@APIResponse(
        responseCode = "404",
        description = "No such referral, or not yours",
        content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
public class WorkflowResource {

    @Inject
    WorkflowService workflow;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @POST
    @Path("/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            summary = "Change a referral's status",
            description = "Roles: clinician, manager, admin. Requires If-Match with the referral's ETag. Legal moves: "
                    + "RECEIVED → ACCEPTED | DECLINED | REDIRECTED; ACCEPTED → WAITING | CLOSED; WAITING → IN_THERAPY | "
                    + "CLOSED; IN_THERAPY → CLOSED. effectiveDate (default today) is never in the future nor before the "
                    + "previous change (and CLOSED not before the last recorded session). DECLINED and REDIRECTED need a reason, CLOSED a closureReason; IN_THERAPY "
                    + "records the first session on its effective date (recording an attended session while WAITING "
                    + "makes this move itself, on the session's date). fundingStream and allocatedTherapist may be set "
                    + "at the same time.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TransitionRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "close",
                                            value =
                                                    "{\"to\": \"CLOSED\", \"effectiveDate\": \"2024-09-15\", "
                                                            + "\"reason\": \"Therapy ended as planned\", \"closureReason\": \"COMPLETED\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The referral after the change; its ETag is the new version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid: each bad field is listed in errors, including an "
                    + "If-Match that is not one of our ETags (invalid-if-match: *, a list, an unquoted number)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not a legal move from the referral's status",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match is stale (stale-version): the referral changed since it " + "was read",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing (if-match-required)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response transition(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag of the referral as last read")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        int version = Versions.fromIfMatch(ifMatch);
        ReferralView view = workflow.transition(id, version, request, callers.current());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.REFERRER, Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
    @Transactional
    @Operation(
            summary = "Every status change of a referral",
            description = "Roles: referrer (own agency only), clinician, manager, admin. Oldest first, starting with "
                    + "the referral being received. Staff receive HistoryEntry items (with who and why); a partner "
                    + "agency (role referrer) receives PartnerHistoryEntry items (the move, its dates and the closure "
                    + "reason code only).")
    @APIResponse(
            responseCode = "200",
            description =
                    "The history: HistoryEntry items for staff, PartnerHistoryEntry " + "items for a partner agency",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntryAsSeen.class)))
    public List<HistoryEntryAsSeen> history(@PathParam("id") UUID id) {
        Caller caller = callers.current();
        Referral referral = Referral.findById(id);
        if (referral == null || !referral.visibleTo(caller)) {
            throw ProblemException.notFound();
        }
        audit.record(caller, AuditLog.Action.HISTORY, referral.id);
        return StatusChange.ofReferral(id).stream()
                .map(c -> HistoryEntryAsSeen.of(c, caller))
                .toList();
    }
}
