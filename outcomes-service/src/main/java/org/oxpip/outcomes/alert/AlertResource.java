package org.oxpip.outcomes.alert;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.outcomes.audit.AuditLog;
import org.oxpip.outcomes.audit.AuditLog.Action;
import org.oxpip.outcomes.erasure.ErasedReferrals;
import org.oxpip.platform.paging.PageParams;
import org.oxpip.platform.paging.PageRequest;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.security.Roles;

/** Risk alerts waiting for a clinician, and their acknowledgement. */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Risk alerts")
public class AlertResource {

    private static final String ALERT_EXAMPLE = """
            {"id": "5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "assessmentId": "9b2d3c4e-1f60-4a7b-8c9d-0e1f2a3b4c5d",
            "referralId": "3f6c1a52-8d0e-4b7a-9a51-2f1f0b6f8c11", "instrument": "PHQ9", "respondent": "PARENT_1",
            "riskItems": [9], "status": "ACKNOWLEDGED", "raisedAt": "2024-12-10T14:03:00Z", "acknowledgedBy": "clinician",
            "acknowledgedAt": "2024-12-10T15:20:00Z", "note": "Called the parent; safety plan agreed with the GP"}""";

    @Inject
    AuditLog audit;

    @Inject
    Callers callers;

    @Inject
    ErasedReferrals erasedReferrals;

    @GET
    @Transactional
    @RolesAllowed({Roles.CLINICIAN, Roles.MANAGER})
    @Operation(operationId = "listRiskAlerts", summary = "Risk alerts",
            description = "Roles: clinician, manager. Oldest first, so the longest-waiting alert is on top; "
                    + "`status=OPEN` for those still to be acknowledged. Each alert returned is audited as read.")
    @APIResponse(responseCode = "200", description = "A page of alerts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertPage.class)))
    @APIResponse(responseCode = "400", description = "An unknown status, or a page or size out of range",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public AlertPage list(
            @Parameter(description = "OPEN or ACKNOWLEDGED; all when absent",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"OPEN", "ACKNOWLEDGED"}))
            @QueryParam("status") String status,
            @BeanParam PageParams paging) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Optional<AlertStatus> wanted = AlertStatus.parse(status);
        if (status != null && wanted.isEmpty()) {
            errors.add(new Problem.FieldError("status", "must be OPEN or ACKNOWLEDGED"));
        }
        PageRequest request = paging.request(errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Sort oldestFirst = Sort.by("raisedAt").and("id");
        PanacheQuery<RiskAlert> query = wanted.isPresent()
                ? RiskAlert.find("status", oldestFirst, wanted.get()) : RiskAlert.findAll(oldestFirst);
        List<RiskAlert> alerts = query.page(Page.of(request.page(), request.size())).list();
        // Each alert shown is a read of one family's record, so each gets its own audit row naming it.
        alerts.forEach(alert -> audit.record(Action.LIST, AuditLog.RISK_ALERT, alert.id));
        return new AlertPage(alerts.stream().map(RiskAlertView::of).toList(), request.page(), request.size(), query.count());
    }

    @POST
    @Path("/{id}/acknowledge")
    @Transactional
    @RolesAllowed(Roles.CLINICIAN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acknowledgeRiskAlert", summary = "Acknowledge a risk alert",
            description = "Role: clinician. Records who saw the alert, when, and the note of what was done. "
                    + "An alert is acknowledged once. An erased referral's alert takes no note (422 referral-erased).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Acknowledgement.class),
            examples = @ExampleObject(name = "acknowledgement", value = """
                    {"note": "Called the parent; safety plan agreed with the GP"}""")))
    @APIResponse(responseCode = "200", description = "Acknowledged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RiskAlertView.class),
                    examples = @ExampleObject(name = "acknowledged", value = ALERT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The note is missing or too long",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such alert",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already acknowledged",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The referral's personal data has been erased: nothing was stored",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "erased", value = ErasedReferrals.REFUSAL_EXAMPLE)))
    public RiskAlertView acknowledge(@PathParam("id") UUID id, Acknowledgement acknowledgement) {
        String note = acknowledgement == null ? null : acknowledgement.note();
        if (note == null || note.isBlank()) {
            throw ProblemException.invalid("note", "is required");
        }
        if (note.length() > Acknowledgement.MAX_NOTE) {
            throw ProblemException.invalid("note", "must be at most " + Acknowledgement.MAX_NOTE + " characters");
        }
        UUID referral = RiskAlert.referralOf(id).orElseThrow(ProblemException::notFound);
        // A note is free text about the family: an erased referral takes none. Held before the row lock,
        // in the order an erasure takes them.
        erasedReferrals.holdForWriting(referral);
        // Locked, so that two clinicians acknowledging at once get one 200 and one 409.
        RiskAlert alert = RiskAlert.<RiskAlert>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(ProblemException::notFound);
        alert.acknowledge(callers.current().actor(), note, Instant.now());
        audit.record(Action.ACKNOWLEDGE, AuditLog.RISK_ALERT, id);
        return RiskAlertView.of(alert);
    }
}
