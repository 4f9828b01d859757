package org.oxpip.outcomes.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.outcomes.erasure.ErasedReferrals;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.security.Roles;
import org.oxpip.platform.versions.Versions;

/** Recording a measure (docs/design.md, the public contract). */
@Path("/api/v1/assessments")
@SecurityRequirement(name = "bearer")
@Tag(name = "Assessments")
public class AssessmentsResource {

    @Inject
    AssessmentService assessments;

    @POST
    @RolesAllowed(Roles.CLINICIAN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordAssessment",
            summary = "Record a measure",
            description = "Role: clinician. Validates the answers against the instrument, asks referrals-service "
                    + "that the referral exists and is ACCEPTED, WAITING, IN_THERAPY or CLOSED, then stores the "
                    + "answers with the computed total, band and risk flag. A positive answer to a risk item "
                    + "(PHQ-9 item 9, EPDS item 10) opens a risk alert. An erased referral takes no new measures "
                    + "(422 referral-erased). A refused request stores nothing.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentRequest.class),
                            examples = {
                                @ExampleObject(name = "phq9", summary = "PHQ-9 at baseline", value = """
                        {"referralId": "3f6c1a52-8d0e-4b7a-9a51-2f1f0b6f8c11", "instrument": "PHQ9",
                        "timepoint": "BASELINE", "respondent": "PARENT_1", "completedOn": "2024-12-10",
                        "answers": [0, 1, 2, 3, 1, 0, 2, 1, 0]}"""),
                                @ExampleObject(
                                        name = "pirgas",
                                        summary = "PIRGAS rating of the PARENT_1 dyad",
                                        value = """
                        {"referralId": "3f6c1a52-8d0e-4b7a-9a51-2f1f0b6f8c11", "instrument": "PIRGAS",
                        "timepoint": "BASELINE", "respondent": "PARENT_1", "completedOn": "2024-12-10",
                        "answers": [55]}"""),
                                @ExampleObject(
                                        name = "satisfaction",
                                        summary = "Friends and Family Test at the end",
                                        value = """
                        {"referralId": "3f6c1a52-8d0e-4b7a-9a51-2f1f0b6f8c11", "instrument": "SATISFACTION",
                        "timepoint": "END", "respondent": "PARENT_1", "completedOn": "2025-03-01",
                        "answers": [1, 5, 4, 5], "comments": "The sessions helped us a lot."}""")
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            headers = {
                @Header(
                        name = "Location",
                        description = "The new assessment",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "ETag",
                        description = "Its version, for If-Match",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class),
                            examples = @ExampleObject(name = "recorded", value = AssessmentResource.EXAMPLE)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input: each bad field is listed",
            content =
                    @Content(
                            mediaType = Problem.JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid", value = AssessmentResource.INVALID_EXAMPLE)))
    @APIResponse(
            responseCode = "403",
            description = "The caller is not a clinician",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "referrals-service knows no such referral (unknown-referral), it is "
                    + "not accepted: RECEIVED, DECLINED, REDIRECTED (referral-not-accepted), or its personal data has been erased "
                    + "(referral-erased); nothing was stored",
            content =
                    @Content(
                            mediaType = Problem.JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = {
                                @ExampleObject(name = "notAccepted", value = AssessmentResource.NOT_ACCEPTED_EXAMPLE),
                                @ExampleObject(name = "erased", value = ErasedReferrals.REFUSAL_EXAMPLE)
                            }))
    @APIResponse(
            responseCode = "503",
            description = "referrals-service cannot be reached; nothing was stored",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response record(AssessmentRequest request, @Context UriInfo uri) {
        Assessment assessment = assessments.record(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(assessment.id.toString())
                        .build())
                .tag(Versions.etag(assessment.version))
                // A new measure raised an alert exactly when it was flagged at risk (AssessmentService.record): no
                // second query, after the commit, to ask the table what the transaction just did.
                .entity(AssessmentView.of(assessment, Boolean.TRUE.equals(assessment.riskFlag)))
                .build();
    }
}
