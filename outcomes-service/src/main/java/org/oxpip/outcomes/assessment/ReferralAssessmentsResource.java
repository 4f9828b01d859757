package org.oxpip.outcomes.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.outcomes.alert.RiskAlert;
import org.oxpip.outcomes.audit.AuditLog;
import org.oxpip.outcomes.audit.AuditLog.Action;
import org.oxpip.outcomes.referral.ReferralCheck;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Roles;

/** A family's measures, after referrals-service confirms the referral exists. */
@Path("/api/v1/referrals/{id}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Assessments")
public class ReferralAssessmentsResource {

    @Inject
    ReferralCheck referrals;

    @Inject
    AuditLog audit;

    @GET
    @Transactional
    @RolesAllowed({Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listFamilyAssessments",
            summary = "A family's assessments",
            description = "Roles: clinician, manager, admin. Oldest first; assessments deleted as entered in error "
                    + "are left out. The read is audited.")
    @APIResponse(
            responseCode = "200",
            description = "The family's assessments",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AssessmentView.class)))
    @APIResponse(
            responseCode = "404",
            description = "referrals-service knows no such referral",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "referrals-service cannot be reached; try again after Retry-After",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public List<AssessmentView> list(@PathParam("id") UUID referralId) {
        referrals.find(referralId).orElseThrow(ProblemException::notFound);
        List<Assessment> assessments = Assessment.ofReferral(referralId);
        Set<UUID> alerted =
                RiskAlert.raisedForAny(assessments.stream().map(a -> a.id).toList());
        audit.record(Action.LIST, AuditLog.REFERRAL, referralId);
        return assessments.stream()
                .map(a -> AssessmentView.of(a, alerted.contains(a.id)))
                .toList();
    }
}
