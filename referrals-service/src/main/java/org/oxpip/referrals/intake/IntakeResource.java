package org.oxpip.referrals.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.security.Roles;
import org.oxpip.platform.versions.Versions;
import org.oxpip.referrals.referral.ReferralAsSeen;

/** Referral intake for partner agencies (their software) and for staff entering phone or self-referrals. */
@Path("/api/v1/referrals")
@Tag(name = "Referrals")
public class IntakeResource {

    static final int MAX_KEY_LENGTH = 200;

    @Inject
    IntakeService intake;

    @Inject
    Callers callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REFERRER, Roles.CLINICIAN, Roles.ADMIN})
    @Operation(
            summary = "Submit a referral",
            description = "Roles: referrer (a partner agency; its agency comes from the token's agency_id, never from "
                    + "the body), clinician or admin (entering a phone or self-referral: sourceType required, "
                    + "receivedOn optional). With an Idempotency-Key, a retry with the same key and body answers "
                    + "200 with the original referral; the same key with another body answers 409. Keys are "
                    + "scoped to the agency. A partner agency receives a PartnerReferral (what it sent, status, "
                    + "eligibility); staff receive a Referral.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NewReferral.class),
                            examples = @ExampleObject(name = "partner", value = IntakeExamples.PARTNER)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded: a PartnerReferral for a partner agency (role referrer), " + "a Referral for staff",
            headers = {
                @Header(
                        name = "Location",
                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
                @Header(
                        name = "ETag",
                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReferralAsSeen.class)))
    @APIResponse(
            responseCode = "200",
            description = "A retry: the referral first recorded with this Idempotency-Key "
                    + "(PartnerReferral for a partner agency, Referral for staff)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReferralAsSeen.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid: each bad field is listed in errors",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller's role may not submit referrals")
    @APIResponse(
            responseCode = "409",
            description = "The Idempotency-Key was used with another body",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: up to 200 printable characters")
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            @Valid @NotNull NewReferral body,
            @Context UriInfo uri) {
        if (idempotencyKey != null
                && (idempotencyKey.isEmpty()
                        || idempotencyKey.length() > MAX_KEY_LENGTH
                        || !idempotencyKey.matches("[\\x21-\\x7E]+"))) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 printable characters without spaces");
        }
        IntakeService.Outcome outcome = intake.submit(body, callers.current(), idempotencyKey);
        ReferralAsSeen view = outcome.referral();
        Response.ResponseBuilder response = outcome.created()
                ? Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/referrals")
                        .path(view.id().toString())
                        .build())
                : Response.ok();
        return response.entity(view).tag(Versions.etag(view.version())).build();
    }
}
