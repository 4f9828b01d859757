package org.oxpip.referrals.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.platform.paging.PageParams;
import org.oxpip.platform.paging.PageRequest;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.Problem.FieldError;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Caller;
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.security.Roles;
import org.oxpip.platform.versions.Versions;
import org.oxpip.referrals.audit.AuditLog;

@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class ReferralResource {

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed({Roles.REFERRER, Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
    @Transactional
    @Operation(
            summary = "List referrals",
            description = "Roles: referrer (only its own agency's), clinician, manager, admin (all). Newest first. "
                    + "Staff receive each item as a Referral; a partner agency (role referrer) as a PartnerReferral.")
    @APIResponse(
            responseCode = "200",
            description =
                    "One page of referrals: Referral items for staff, PartnerReferral " + "items for a partner agency",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReferralPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "Bad filter, sort or paging parameters; errors names each",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public ReferralPage list(@BeanParam ReferralFilter filter, @BeanParam PageParams paging) {
        Caller caller = callers.current();
        List<FieldError> errors = new ArrayList<>();
        PageRequest request = paging.request(errors);
        ReferralFilter.Query query = filter.toQuery(caller, errors);
        var found = Referral.<Referral>find(query.where(), query.sort(), query.parameters())
                .page(request.page(), request.size());
        List<Referral> referrals = found.list();
        referrals.forEach(r -> audit.record(caller, AuditLog.Action.LIST, r.id));
        return new ReferralPage(
                referrals.stream().map(r -> ReferralAsSeen.of(r, caller)).toList(),
                request.page(),
                request.size(),
                found.count());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REFERRER, Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
    @Transactional
    @Operation(
            summary = "One referral",
            description =
                    "Roles: referrer (own agency only: another agency's referral answers 404), clinician, manager, "
                            + "admin. Staff receive a Referral; a partner agency (role referrer) a PartnerReferral.")
    @APIResponse(
            responseCode = "200",
            description = "The referral (Referral for staff, PartnerReferral for a partner "
                    + "agency); its ETag is the version to send in If-Match",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReferralAsSeen.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such referral, or not yours",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Caller caller = callers.current();
        Referral referral = visible(id);
        audit.record(caller, AuditLog.Action.READ, referral.id);
        return Response.ok(ReferralAsSeen.of(referral, caller))
                .tag(Versions.etag(referral.version))
                .build();
    }

    @GET
    @Path("/{id}/status")
    @RolesAllowed({Roles.REFERRAL_READER, Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
    @Transactional
    @Operation(
            summary = "A referral's status, without personal data",
            description = "Roles: referral-reader (outcomes-service's service account), clinician, manager, admin. "
                    + "Lets outcomes-service decide whether measures may be recorded, and tells it when the family's "
                    + "data was erased (erased, erasedAt). This is the only referral read open to referral-reader.")
    @APIResponse(responseCode = "200", description = "The referral's status")
    @APIResponse(
            responseCode = "404",
            description = "No such referral",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public ReferralStatusView status(@PathParam("id") UUID id) {
        // Every role allowed here (staff and the referral-reader service) may ask about any referral.
        Referral referral = Referral.findById(id);
        if (referral == null) {
            throw ProblemException.notFound();
        }
        return ReferralStatusView.of(referral);
    }

    /**
     * The referral if this caller may read it in full. The referral-reader service role grants
     * nothing here, whatever other role the token also carries: it is limited to the status.
     */
    private Referral visible(UUID id) {
        Referral referral = Referral.findById(id);
        if (referral == null || !referral.visibleTo(callers.current())) {
            throw ProblemException.notFound();
        }
        return referral;
    }
}
