package org.oxpip.outcomes.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.outcomes.assessment.Assessment;
import org.oxpip.outcomes.audit.AuditLog;
import org.oxpip.outcomes.audit.AuditLog.Action;
import org.oxpip.outcomes.instrument.InstrumentCatalogue;
import org.oxpip.outcomes.referral.ReferralCheck;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Roles;

/** A family's outcomes, worked out from its measures as docs/design.md defines them. */
@Path("/api/v1/referrals/{id}/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Outcomes")
public class OutcomeResource {

    @Inject
    ReferralCheck referrals;

    @Inject
    InstrumentCatalogue catalogue;

    @Inject
    AuditLog audit;

    @GET
    @Transactional
    @RolesAllowed({Roles.CLINICIAN, Roles.MANAGER})
    @Operation(
            operationId = "readFamilyOutcomes",
            summary = "A family's outcomes",
            description = "Roles: clinician, manager. Per instrument and respondent: the scores over time, baseline "
                    + "(first score), final (last score that is not FOLLOW_UP), change, improvement, reliable "
                    + "improvement and deterioration, caseness at baseline and final, recovery and reliable recovery "
                    + "(outcome fields are null unless baseline and final are on different dates). Per parent: the "
                    + "combined PHQ-9 and/or GAD-7 result. For the family: the PIRGAS outcome of the PARENT_1 dyad, "
                    + "or of PARENT_2 where only that one has paired scores. Deleted assessments are left out.")
    @APIResponse(
            responseCode = "200",
            description = "The family's outcomes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FamilyOutcomes.class)))
    @APIResponse(
            responseCode = "403",
            description = "The caller is neither a clinician nor a manager",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "referrals-service knows no such referral",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "referrals-service cannot be reached",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public FamilyOutcomes outcomes(@PathParam("id") UUID referralId) {
        referrals.find(referralId).orElseThrow(ProblemException::notFound);
        audit.record(Action.READ_OUTCOMES, AuditLog.REFERRAL, referralId);
        return FamilyOutcomes.of(referralId, Assessment.ofReferral(referralId), catalogue.all());
    }
}
