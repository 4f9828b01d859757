package org.oxpip.referrals.erasure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.platform.paging.QueryParams;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.security.Roles;

/**
 * The pull side of the erasure protocol: a service holding families' data (outcomes-service) asks
 * which erasures it has still to carry out, carries them out, and confirms each. A service is named
 * by its token's client id ({@code azp}), so each sees only its own backlog.
 */
@Path("/api/v1/erasures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Erasure")
@APIResponse(responseCode = "403", description = "Only a service with the referral-reader role may do this")
public class PendingErasureResource {

    @Inject
    ErasureService erasure;

    @Inject
    Callers callers;

    @GET
    @Path("/pending")
    @RolesAllowed(Roles.REFERRAL_READER)
    @Operation(
            summary = "Erasures the calling service has not confirmed",
            description = "Role: referral-reader (a service account). Erased referrals that the calling service "
                    + "(its token's azp, else its principal name) has not yet confirmed, oldest erasure first. "
                    + "Erase your copy of each, then confirm it; until then it stays in this list.")
    @APIResponse(
            responseCode = "200",
            description = "Up to limit pending erasures",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PendingErasures.class)))
    @APIResponse(
            responseCode = "400",
            description = "limit is not a whole number from 1 to 500",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public PendingErasures pending(
            @Parameter(
                            description = "Erasures per answer, 1-500",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "500",
                                            defaultValue = "100"))
                    @QueryParam("limit")
                    String limitParam) {
        // Read as text so that limit=ten is our 400 naming it, not JAX-RS's 404.
        List<Problem.FieldError> errors = new ArrayList<>();
        int limit = QueryParams.integer("limit", limitParam, 100, 1, 500, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new PendingErasures(erasure.pending(callers.current(), limit));
    }

    @POST
    @Path("/{referralId}/confirmation")
    @RolesAllowed(Roles.REFERRAL_READER)
    @Operation(
            summary = "Confirm that the calling service erased its copy",
            description = "Role: referral-reader (a service account). No body. Records that the calling service "
                    + "(its token's azp, else its principal name) has erased its copy of the referral's personal "
                    + "data. Confirming again keeps the first time and answers 204.")
    @APIResponse(responseCode = "204", description = "Recorded (or already recorded)")
    @APIResponse(
            responseCode = "404",
            description = "No such referral, or it was not erased",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response confirm(@PathParam("referralId") UUID referralId) {
        erasure.confirm(referralId, callers.current());
        return Response.noContent().build();
    }
}
