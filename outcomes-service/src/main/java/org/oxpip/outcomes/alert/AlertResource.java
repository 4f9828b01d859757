package org.oxpip.outcomes.alert;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
import org.oxpip.outcomes.erasure.ErasedReferrals;
import org.oxpip.platform.paging.PageParams;
import org.oxpip.platform.paging.PageRequest;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Roles;

/** Risk alerts waiting for a clinician, and their acknowledgement: HTTP only, the rules are in {@link AlertService}. */
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
    AlertService alerts;

    @GET
    @RolesAllowed({Roles.CLINICIAN, Roles.MANAGER})
    @Operation(
            operationId = "listRiskAlerts",
            summary = "Risk alerts",
            description = "Roles: clinician, manager. Oldest first, so the longest-waiting alert is on top; "
                    + "`status=OPEN` for those still to be acknowledged. Each alert returned is audited as read.")
    @APIResponse(
            responseCode = "200",
            description = "A page of alerts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AlertPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "An unknown status, or a page or size out of range",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public AlertPage list(
            @Parameter(
                            description = "OPEN or ACKNOWLEDGED; all when absent",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"OPEN", "ACKNOWLEDGED"}))
                    @QueryParam("status")
                    String status,
            @BeanParam PageParams paging) {
        // Every bad parameter in one 400, the status with the paging.
        List<Problem.FieldError> errors = new ArrayList<>();
        Optional<AlertStatus> wanted = AlertStatus.parse(status);
        if (status != null && wanted.isEmpty()) {
            errors.add(new Problem.FieldError("status", "must be OPEN or ACKNOWLEDGED"));
        }
        PageRequest request = paging.request(errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return alerts.list(wanted, request);
    }

    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed(Roles.CLINICIAN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "acknowledgeRiskAlert",
            summary = "Acknowledge a risk alert",
            description = "Role: clinician. Records who saw the alert, when, and the note of what was done. "
                    + "An alert is acknowledged once. An erased referral's alert takes no note (422 referral-erased).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Acknowledgement.class),
                            examples = @ExampleObject(name = "acknowledgement", value = """
                    {"note": "Called the parent; safety plan agreed with the GP"}""")))
    @APIResponse(
            responseCode = "200",
            description = "Acknowledged",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RiskAlertView.class),
                            examples = @ExampleObject(name = "acknowledged", value = ALERT_EXAMPLE)))
    @APIResponse(
            responseCode = "400",
            description = "The note is missing or too long",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such alert",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already acknowledged",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The referral's personal data has been erased: nothing was stored",
            content =
                    @Content(
                            mediaType = Problem.JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "erased", value = ErasedReferrals.REFUSAL_EXAMPLE)))
    public RiskAlertView acknowledge(@PathParam("id") UUID id, Acknowledgement acknowledgement) {
        return alerts.acknowledge(id, acknowledgement);
    }
}
