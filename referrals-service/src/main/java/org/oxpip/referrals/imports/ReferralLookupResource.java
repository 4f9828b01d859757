package org.oxpip.referrals.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Roles;
import org.oxpip.referrals.referral.Referral;
import org.oxpip.referrals.referral.ReferralStatusView;

/**
 * outcomes-service's measures import finds each family by the charity's own id: many at once, so a file of
 * thousands of measures costs a few calls, not one per row. Only the status view: no personal data.
 */
@Path("/api/v1/imports/referrals/lookup")
@Tag(name = "Imports")
public class ReferralLookupResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REFERRAL_READER)
    @Transactional
    @Operation(
            summary = "Find imported referrals by the charity's own ids",
            description = "Role: referral-reader (outcomes-service's service account, for its measures import). "
                    + "For each externalRef an import of the referrals sheet created, the referral's status view "
                    + "(id, status, receivedOn, erased): what GET /api/v1/referrals/{id}/status says. An "
                    + "externalRef no import created is left out of the answer; at most 1000 per call.")
    @APIResponse(
            responseCode = "200",
            description = "The referrals found",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReferralLookup.Response.class)))
    @APIResponse(
            responseCode = "400",
            description = "No body, or not a list of 1 to 1000 externalRefs",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public ReferralLookup.Response lookup(@Valid ReferralLookup.Request request) {
        if (request == null) {
            throw ProblemException.bodyRequired();
        }
        List<String> refs = request.externalRefs().stream().distinct().toList();
        List<ImportedReferral> imported = ImportedReferral.list("externalRef in ?1", refs);
        Map<UUID, Referral> referrals = new LinkedHashMap<>();
        if (!imported.isEmpty()) {
            List<UUID> ids = imported.stream().map(i -> i.referralId).toList();
            Referral.<Referral>list("id in ?1", ids).forEach(r -> referrals.put(r.id, r));
        }
        Map<String, ReferralStatusView> found = new LinkedHashMap<>();
        for (ImportedReferral mark : imported) {
            Referral referral = referrals.get(mark.referralId);
            if (referral != null) {
                found.put(mark.externalRef, ReferralStatusView.of(referral));
            }
        }
        return new ReferralLookup.Response(found);
    }
}
