package org.oxpip.referrals.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.platform.paging.Page;
import org.oxpip.platform.paging.PageParams;
import org.oxpip.platform.paging.PageRequest;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.security.Roles;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Who read or changed a referral's personal data",
            description = "Role: admin. Oldest first. Reading the audit trail is not itself personal data.")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    @APIResponse(
            responseCode = "400",
            description = "referralId missing or not a UUID, or bad paging; errors names each",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only an admin may read the audit trail")
    public Page<AuditView> list(@QueryParam("referralId") @NotNull UUID referralId, @BeanParam PageParams paging) {
        PageRequest request = paging.request();
        var found = AuditEntry.<AuditEntry>find("referralId = ?1 order by at, id", referralId)
                .page(request.page(), request.size());
        return Page.of(found.list().stream().map(AuditView::of).toList(), request, found.count());
    }
}
