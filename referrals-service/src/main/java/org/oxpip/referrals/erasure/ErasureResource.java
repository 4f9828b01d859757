package org.oxpip.referrals.erasure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.security.Roles;
import org.oxpip.platform.versions.Versions;
import org.oxpip.referrals.referral.ReferralView;

@Path("/api/v1/referrals/{id}/erasure")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Erasure")
@APIResponse(
        responseCode = "404",
        description = "No such referral",
        content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
public class ErasureResource {

    @Inject
    ErasureService erasure;

    @Inject
    Callers callers;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Erase a family's personal data",
            description = "Role: admin. Irreversibly removes names, dates of birth, NHS numbers, postcodes, contact "
                    + "details, the referrer's details, free text and history reasons. Keeps the pseudonymised facts "
                    + "(still counted in reports) and the audit trail; appears in the change feed with erased=true. "
                    + "The erasure is recorded as confirmed by referrals-service at the same instant; every other "
                    + "service holding the family's data pulls it from GET /api/v1/erasures/pending and confirms. "
                    + "Erasing again changes nothing and answers 200.")
    @APIResponse(
            responseCode = "200",
            description = "The referral as it now stands",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "403", description = "Only an admin may erase")
    public Response erase(@PathParam("id") UUID id) {
        ReferralView view = erasure.erase(id, callers.current());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Which services have erased their copy",
            description = "Role: admin. For each service expected to hold the family's data (configuration "
                    + "oxpip.erasure.services), when it confirmed the erasure; complete once all have. A referral "
                    + "that was not erased answers 200 with erasedAt null, every confirmedAt null and complete "
                    + "false. The read is audited.")
    @APIResponse(
            responseCode = "200",
            description = "The erasure's confirmations",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ErasureRecord.class)))
    @APIResponse(responseCode = "403", description = "Only an admin may read an erasure's confirmations")
    public ErasureRecord record(@PathParam("id") UUID id) {
        return erasure.record(id, callers.current());
    }
}
