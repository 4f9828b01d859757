package org.oxpip.outcomes.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.outcomes.alert.RiskAlert;
import org.oxpip.outcomes.erasure.ErasedReferrals;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Roles;
import org.oxpip.platform.versions.Versions;

/** One assessment: read it, correct it (If-Match), delete it as entered in error, see what it replaced. */
@Path("/api/v1/assessments/{id}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Assessments")
@APIResponse(
        responseCode = "404",
        description = "No such assessment",
        content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
public class AssessmentResource {

    static final String EXAMPLE = """
            {"id": "9b2d3c4e-1f60-4a7b-8c9d-0e1f2a3b4c5d", "referralId": "3f6c1a52-8d0e-4b7a-9a51-2f1f0b6f8c11",
            "instrument": "PHQ9", "timepoint": "BASELINE", "respondent": "PARENT_1", "completedOn": "2024-12-10",
            "answers": [0, 1, 2, 3, 1, 0, 2, 1, 0], "total": 10, "band": "moderate", "riskFlag": false,
            "alertRaised": false, "deleted": false, "recordedBy": "clinician", "createdAt": "2024-12-10T14:03:00Z",
            "updatedAt": "2024-12-10T14:03:00Z", "version": 0}""";
    static final String INVALID_EXAMPLE = """
            {"type": "https://oxpip.org/problems/validation", "title": "Invalid request", "status": 400,
            "detail": "2 fields are invalid", "errors": [
            {"field": "completedOn", "message": "must not be in the future"},
            {"field": "answers[3]", "message": "item 4 must be from 0 to 3"}]}""";
    static final String NOT_ACCEPTED_EXAMPLE = """
            {"type": "https://oxpip.org/problems/referral-not-accepted", "title": "Refused by a business rule",
            "status": 422, "detail": "Measures are recorded only for referrals that are ACCEPTED, WAITING, IN_THERAPY or CLOSED"}""";
    private static final String IF_MATCH = "The assessment's ETag as last read, e.g. \"0\"";

    @Inject
    AssessmentService assessments;

    @GET
    @RolesAllowed({Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "readAssessment",
            summary = "One assessment",
            description = "Roles: clinician, manager, admin. Deleted assessments are still shown, marked deleted. "
                    + "The read is audited.")
    @APIResponse(
            responseCode = "200",
            description = "The assessment; ETag is its version",
            headers =
                    @Header(
                            name = "ETag",
                            description = "Its version, for If-Match",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class),
                            examples = @ExampleObject(name = "assessment", value = EXAMPLE)))
    public Response read(@PathParam("id") UUID id) {
        Assessment assessment = assessments.read(id).orElseThrow(ProblemException::notFound);
        return withTag(Response.ok(), assessment);
    }

    @PUT
    @RolesAllowed({Roles.CLINICIAN, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "correctAssessment",
            summary = "Correct an assessment",
            description = "Roles: clinician, admin. Replaces the time point, respondent, date, answers and comments, "
                    + "re-scores, and keeps the replaced version in the history with the reason. The referral and "
                    + "instrument stay: a measure recorded for the wrong family or on the wrong form is deleted and "
                    + "recorded again. A correction that makes a risk item positive opens a risk alert. An erased "
                    + "referral's measures take no corrections (422 referral-erased).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentCorrection.class),
                            examples = @ExampleObject(name = "correction", value = """
                    {"timepoint": "BASELINE", "respondent": "PARENT_1", "completedOn": "2024-12-10",
                    "answers": [0, 1, 2, 0, 1, 0, 2, 1, 0], "reason": "Item 4 was transcribed wrongly from the paper form"}""")))
    @APIResponse(
            responseCode = "200",
            description = "Corrected; the new ETag is the new version",
            headers =
                    @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input, or an If-Match that is not one of our ETags",
            content =
                    @Content(
                            mediaType = Problem.JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid", value = INVALID_EXAMPLE)))
    @APIResponse(
            responseCode = "409",
            description = "The assessment was deleted as entered in error",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "The assessment changed since it was read (stale If-Match)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The referral is unknown to referrals-service (unknown-referral), "
                    + "no longer accepted (referral-not-accepted), or its personal data has been erased (referral-erased); "
                    + "nothing was changed",
            content =
                    @Content(
                            mediaType = Problem.JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "erased", value = ErasedReferrals.REFUSAL_EXAMPLE)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "referrals-service cannot be reached; nothing was changed",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response correct(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AssessmentCorrection correction) {
        Assessment assessment = assessments.correct(id, Versions.fromIfMatch(ifMatch), correction);
        return withTag(Response.ok(), assessment);
    }

    @DELETE
    @RolesAllowed({Roles.CLINICIAN, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "deleteAssessment",
            summary = "Delete an assessment as entered in error",
            description = "Roles: clinician, admin. A soft delete with a reason: the assessment stays readable, "
                    + "marked deleted, and leaves every outcome; the feed tells reporting-service to drop it. An erased "
                    + "referral's measures cannot be deleted (422 referral-erased): the erasure already removed "
                    + "what was personal, and a deletion would add a reason.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Deletion.class),
                            examples = @ExampleObject(name = "deletion", value = """
                    {"reason": "Entered in error: recorded for the wrong family"}""")))
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "400",
            description = "The reason is missing or too long, or If-Match is not one of our ETags",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already deleted",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "The assessment changed since it was read (stale If-Match)",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The referral's personal data has been erased (referral-erased); " + "nothing was changed",
            content =
                    @Content(
                            mediaType = Problem.JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "erased", value = ErasedReferrals.REFUSAL_EXAMPLE)))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "referrals-service cannot be asked whether the referral was erased; " + "nothing was changed",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response delete(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Deletion deletion) {
        assessments.delete(id, Versions.fromIfMatch(ifMatch), deletion);
        return Response.noContent().build();
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "readAssessmentHistory",
            summary = "The versions an assessment replaced",
            description =
                    "Roles: clinician, manager, admin. Oldest first, each with the change that replaced it "
                            + "(CORRECTED or DELETED), who made it, when and why. The current version is the assessment itself.")
    @APIResponse(
            responseCode = "200",
            description = "The replaced versions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = VersionView.class)))
    public List<VersionView> history(@PathParam("id") UUID id) {
        return assessments.history(id).orElseThrow(ProblemException::notFound).stream()
                .map(VersionView::of)
                .toList();
    }

    private static Response withTag(Response.ResponseBuilder response, Assessment assessment) {
        return response.tag(Versions.etag(assessment.version))
                .entity(AssessmentView.of(assessment, RiskAlert.raisedFor(assessment.id)))
                .build();
    }
}
