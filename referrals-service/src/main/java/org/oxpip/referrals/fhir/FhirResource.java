package org.oxpip.referrals.fhir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.oxpip.platform.fhir.FhirResourceSchema;
import org.oxpip.platform.problem.FieldPaths;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Caller;
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.security.Roles;
import org.oxpip.platform.versions.Versions;
import org.oxpip.referrals.intake.IntakeService;
import org.oxpip.referrals.intake.NewReferral;

/**
 * The FHIR R4 face of the intake (docs/fhir.md): a referral Bundle in, the ServiceRequest out. The same
 * intake as the JSON API's, with its rules, eligibility, duplicates, agency from the token and retries.
 * Refusals are OperationOutcomes: 400 when the body is not a FHIR Bundle, 422 when the Bundle is not a
 * referral the intake takes, 409 when a retry key was used with another referral; the token check's 401 and
 * 403, and the database's 503, are turned into OperationOutcomes by {@link FhirRefusals}. The platform's OpenAPI
 * filter (CommonResponses) documents those 401, 403, 413 and 503 as OperationOutcomes for every /fhir/ route, so
 * this class does not repeat them.
 */
@Path("/fhir/r4")
@Tag(name = "FHIR")
public class FhirResource {

    static final int MAX_KEY_LENGTH = 200;

    @Inject
    FhirFormat fhir;

    @Inject
    IntakeService intake;

    @Inject
    FhirReferrals referrals;

    @Inject
    Callers callers;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @POST
    @Path("/ServiceRequest")
    @Consumes({FhirFormat.JSON, MediaType.APPLICATION_JSON})
    @Produces({FhirFormat.JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.REFERRER, Roles.CLINICIAN, Roles.ADMIN})
    @Operation(
            summary = "Submit a referral as a FHIR R4 Bundle",
            description = "Roles: referrer (a partner agency; its agency comes from the token, and an Organization"
                    + " identifier naming another agency is refused), clinician or admin (the requester's"
                    + " PractitionerRole code is the source type, or the parent's Patient for a self-referral;"
                    + " authoredOn is the day received). The Bundle (transaction or collection) holds the"
                    + " ServiceRequest, the parents' Patients, the baby, the Consent and the referrer: see"
                    + " docs/fhir.md. The same intake as POST /api/v1/referrals. With an Idempotency-Key header (or"
                    + " Bundle.identifier) a retry answers 200 with the original ServiceRequest.")
    @RequestBody(
            content = {
                @Content(mediaType = FhirFormat.JSON, schema = @Schema(implementation = FhirResourceSchema.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = FhirResourceSchema.class))
            })
    @APIResponse(
            responseCode = "201",
            description = "Recorded: the ServiceRequest, its id and Location",
            headers = {
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(mediaType = FhirFormat.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    @APIResponse(
            responseCode = "200",
            description = "A retry: the ServiceRequest first recorded with this key",
            content =
                    @Content(mediaType = FhirFormat.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a FHIR R4 Bundle in JSON: an OperationOutcome",
            content =
                    @Content(mediaType = FhirFormat.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    @APIResponse(
            responseCode = "409",
            description = "The retry key was used with another referral: an OperationOutcome",
            content =
                    @Content(mediaType = FhirFormat.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    @APIResponse(
            responseCode = "422",
            description =
                    "A Bundle the intake refuses: an OperationOutcome, each issue's expression naming the element",
            content =
                    @Content(mediaType = FhirFormat.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    public Response submit(
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: up to 200 printable characters")
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            String body,
            @Context UriInfo uri) {
        Caller caller = callers.current();
        Bundle bundle = bundle(body);
        BundleReading reading =
                BundleReader.read(bundle, caller.isStaff(), caller.isStaff() ? null : caller.agencyId());
        List<Issue> issues = new ArrayList<>(reading.issues());
        String key = key(idempotencyKey, reading.identifier(), issues);
        if (reading.referral() != null) {
            // The field checks of the JSON API's body; an element the reading already refused is not named twice.
            java.util.Set<String> named =
                    issues.stream().map(Issue::expression).collect(java.util.stream.Collectors.toSet());
            for (ConstraintViolation<NewReferral> v : validator.validate(reading.referral())) {
                String expression = reading.expressionOf(FieldPaths.of(v));
                if (!named.contains(expression)) {
                    issues.add(new Issue(expression, v.getMessage()));
                }
            }
        }
        if (!issues.isEmpty()) {
            throw FhirProblem.unprocessable(sorted(issues));
        }
        IntakeService.Outcome outcome;
        try {
            outcome = intake.submit(reading.referral(), caller, key);
        } catch (ProblemException e) {
            throw translated(e.problem(), reading);
        }
        UUID id = outcome.referral().id();
        ServiceRequest request = referrals.sent(id, caller);
        Response.ResponseBuilder response = outcome.created()
                ? Response.created(uri.getBaseUriBuilder()
                        .path("fhir/r4/ServiceRequest")
                        .path(id.toString())
                        .build())
                : Response.ok();
        return response.entity(fhir.write(request))
                .type(FhirFormat.JSON)
                .tag(Versions.etag(outcome.referral().version()))
                .build();
    }

    @GET
    @Path("/ServiceRequest/{id}")
    @Produces({FhirFormat.JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.REFERRER, Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            summary = "A referral's status as a FHIR R4 ServiceRequest",
            description = "Roles: referrer (own agency only: another agency's referral answers 404), clinician,"
                    + " manager, admin. The workflow's status is the ServiceRequest's (active until closed,"
                    + " revoked when declined or redirected, completed when closed) and a meta.tag with the exact"
                    + " status; a partner sees what it sent, the status and the eligibility, as in the JSON API.")
    @APIResponse(
            responseCode = "200",
            description = "The ServiceRequest",
            content =
                    @Content(mediaType = FhirFormat.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such referral, or not yours: an OperationOutcome",
            content =
                    @Content(mediaType = FhirFormat.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    public Response read(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw FhirProblem.notFound();
        }
        ServiceRequest request = referrals.read(uuid, callers.current());
        return fhirResponse(200, request);
    }

    @GET
    @Path("/metadata")
    @Produces({FhirFormat.JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.REFERRER, Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            summary = "What this FHIR API supports: its CapabilityStatement",
            description = "Roles: referrer, clinician, manager, admin (the callers of its FHIR routes).")
    @APIResponse(
            responseCode = "200",
            description = "The CapabilityStatement",
            content =
                    @Content(mediaType = FhirFormat.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    public Response metadata(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        return fhirResponse(200, Capabilities.statement(base));
    }

    /** A refusal on these routes is an OperationOutcome. */
    @ServerExceptionMapper
    public Response refused(FhirProblem e) {
        return fhirResponse(e.status(), e.outcome());
    }

    /** The platform's refusals met on these routes (a body that is not UTF-8, say), as OperationOutcomes. */
    @ServerExceptionMapper
    public Response refused(ProblemException e) {
        return refused(translated(e.problem(), null));
    }

    private Response fhirResponse(int status, IBaseResource resource) {
        return Response.status(status)
                .entity(fhir.write(resource))
                .type(FhirFormat.JSON)
                .build();
    }

    private Bundle bundle(String body) {
        if (body == null || body.isBlank()) {
            throw FhirProblem.unreadable("Bundle", "A FHIR Bundle in JSON is required");
        }
        try {
            // Strict JSON first, as on every route: HAPI's reader would take single quotes.
            json.readTree(body);
        } catch (JsonProcessingException e) {
            throw FhirProblem.unreadable("Bundle", "The body is not JSON");
        }
        IBaseResource resource;
        try {
            resource = fhir.read(body);
        } catch (RuntimeException e) {
            // HAPI's message quotes the body: the client is told where, never what it sent.
            throw FhirProblem.unreadable("Bundle", "The body is not a FHIR R4 resource in JSON");
        }
        if (!(resource instanceof Bundle bundle)) {
            throw FhirProblem.unreadable("Bundle", "must be a Bundle holding the referral's resources");
        }
        return bundle;
    }

    /** The retry key: the header, else Bundle.identifier's value; the JSON API's rule for its form. */
    private static String key(String header, String identifier, List<Issue> issues) {
        String key = header != null ? header : identifier;
        if (key != null && (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.matches("[\\x21-\\x7E]+"))) {
            issues.add(new Issue(
                    header != null ? null : "Bundle.identifier.value",
                    (header != null ? "The Idempotency-Key header" : "Bundle.identifier.value")
                            + " must be 1 to 200 printable characters without spaces"));
        }
        return key;
    }

    /** The intake's problem, its fields named as the Bundle's elements. */
    private static FhirProblem translated(Problem problem, BundleReading reading) {
        List<Issue> issues = new ArrayList<>();
        if (problem.errors() != null) {
            for (Problem.FieldError error : problem.errors()) {
                issues.add(new Issue(
                        reading == null ? null : reading.expressionOf(error.field()),
                        reading == null ? error.field() + " " + error.message() : error.message()));
            }
        }
        if (issues.isEmpty()) {
            issues.add(new Issue(null, problem.detail() != null ? problem.detail() : problem.title()));
        }
        int status = problem.status();
        return switch (status) {
            case 400 ->
                reading == null
                        ? new FhirProblem(400, IssueType.STRUCTURE, issues)
                        : FhirProblem.unprocessable(sorted(issues));
            case 409 -> new FhirProblem(409, IssueType.CONFLICT, issues);
            case 403 -> new FhirProblem(403, IssueType.FORBIDDEN, issues);
            case 404 -> new FhirProblem(404, IssueType.NOTFOUND, issues);
            case 413 -> new FhirProblem(413, IssueType.TOOLONG, issues);
            case 422 -> FhirProblem.unprocessable(issues);
            default -> new FhirProblem(status, IssueType.PROCESSING, issues);
        };
    }

    private static List<Issue> sorted(List<Issue> issues) {
        return issues.stream()
                .distinct()
                .sorted(Comparator.comparing((Issue i) -> String.valueOf(i.expression()))
                        .thenComparing(Issue::message))
                .toList();
    }
}
