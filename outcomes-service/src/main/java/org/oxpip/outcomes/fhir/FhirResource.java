package org.oxpip.outcomes.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.oxpip.outcomes.assessment.Assessment;
import org.oxpip.outcomes.audit.AuditLog;
import org.oxpip.outcomes.audit.AuditLog.Action;
import org.oxpip.outcomes.instrument.Instrument;
import org.oxpip.outcomes.instrument.InstrumentCatalogue;
import org.oxpip.outcomes.referral.ReferralCheck;
import org.oxpip.platform.fhir.Fhir;
import org.oxpip.platform.fhir.FhirResourceSchema;
import org.oxpip.platform.fhir.Searchset;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Roles;

/**
 * FHIR R4 reads (issue 21, docs/fhir.md): a family's measures as QuestionnaireResponse and Observation, with the
 * same roles, referral check and audit as GET /api/v1/referrals/{id}/assessments, and the catalogue as Questionnaire.
 * Refusals are OperationOutcome (FhirRefusals). The platform's OpenAPI filter (CommonResponses) documents every
 * /fhir/ route's 401, 403 and 503 as OperationOutcomes; this class names only its own 503's cause, and the filter
 * adds the database to it.
 */
@Path("/fhir/r4")
@Produces({Fhir.JSON, "application/json"})
@SecurityRequirement(name = "bearer")
@Tag(name = "FHIR")
@APIResponse(responseCode = "503", description = "referrals-service cannot be reached")
public class FhirResource {

    private static final String MEASURE_ROLES =
            "Roles: clinician, manager, admin (as GET /api/v1/referrals/{id}/assessments, and audited as it is). ";
    private static final Date BUILT = new Date();

    @Inject
    ReferralCheck referrals;

    @Inject
    AuditLog audit;

    @Inject
    InstrumentCatalogue catalogue;

    @Context
    UriInfo uri;

    @GET
    @Path("/QuestionnaireResponse")
    @Transactional
    @RolesAllowed({Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "searchFhirQuestionnaireResponses",
            summary = "A family's measures as FHIR QuestionnaireResponses",
            description = MEASURE_ROLES + "A searchset Bundle, oldest first: one QuestionnaireResponse per measure"
                    + " (deleted ones left out) with its item answers and total; a measure imported with its total"
                    + " only has no item answers, only the total, and the meta tag total-only.")
    @APIResponse(
            responseCode = "200",
            description = "A searchset Bundle",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    @APIResponse(
            responseCode = "400",
            description = "based-on missing or not ServiceRequest/{referral id} (an OperationOutcome)",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    @APIResponse(
            responseCode = "404",
            description = "referrals-service knows no such referral (an OperationOutcome)",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    public Response questionnaireResponses(
            @Parameter(
                            description = "The referral: ServiceRequest/{referral id}",
                            required = true,
                            example = "ServiceRequest/3f6c1a52-8d0e-4b7a-9a51-2f1f0b6f8c11")
                    @QueryParam(BasedOn.PARAMETER)
                    String basedOn) {
        List<QuestionnaireResponse> responses = measures(basedOn).stream()
                .flatMap(a -> instrument(a).map(i -> MeasureResources.response(a, i)).stream())
                .toList();
        return Fhir.ok(Searchset.of(base(), responses));
    }

    @GET
    @Path("/Observation")
    @Transactional
    @RolesAllowed({Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "searchFhirObservations",
            summary = "A family's measure totals as FHIR Observations",
            description = MEASURE_ROLES + "A searchset Bundle, oldest first: one Observation per measure with a total"
                    + " (PHQ-9, GAD-7, EPDS, PIRGAS; the satisfaction questionnaire has none), coded with LOINC where"
                    + " LOINC has the total and always with the local code, the band as its interpretation.")
    @APIResponse(
            responseCode = "200",
            description = "A searchset Bundle",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    @APIResponse(
            responseCode = "400",
            description = "based-on missing or not ServiceRequest/{referral id} (an OperationOutcome)",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    @APIResponse(
            responseCode = "404",
            description = "referrals-service knows no such referral (an OperationOutcome)",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    public Response observations(
            @Parameter(
                            description = "The referral: ServiceRequest/{referral id}",
                            required = true,
                            example = "ServiceRequest/3f6c1a52-8d0e-4b7a-9a51-2f1f0b6f8c11")
                    @QueryParam(BasedOn.PARAMETER)
                    String basedOn) {
        List<Observation> observations = measures(basedOn).stream()
                .flatMap(a -> instrument(a).flatMap(i -> MeasureResources.total(a, i)).stream())
                .toList();
        return Fhir.ok(Searchset.of(base(), observations));
    }

    @GET
    @Path("/Questionnaire")
    @RolesAllowed({Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "searchFhirQuestionnaires",
            summary = "The instrument catalogue as FHIR Questionnaires",
            description = "Roles: clinician, manager, admin. A searchset Bundle with one Questionnaire per instrument"
                    + " (PHQ9, GAD7, EPDS, PIRGAS, SATISFACTION).")
    @APIResponse(
            responseCode = "200",
            description = "A searchset Bundle",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    public Response questionnaires() {
        return Fhir.ok(Searchset.of(
                base(), catalogue.all().stream().map(Questionnaires::of).toList()));
    }

    @GET
    @Path("/Questionnaire/{id}")
    @RolesAllowed({Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "readFhirQuestionnaire",
            summary = "One instrument as a FHIR Questionnaire",
            description = "Roles: clinician, manager, admin. The id is the instrument code: PHQ9, GAD7, EPDS,"
                    + " PIRGAS, SATISFACTION.")
    @APIResponse(
            responseCode = "200",
            description = "The Questionnaire",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such instrument (an OperationOutcome)",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    public Response questionnaire(@Parameter(example = "PHQ9") @PathParam("id") String id) {
        return Fhir.ok(Questionnaires.of(catalogue.find(id).orElseThrow(ProblemException::notFound)));
    }

    @GET
    @Path("/metadata")
    @RolesAllowed({Roles.CLINICIAN, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getFhirCapabilityStatement",
            summary = "What this FHIR API supports (CapabilityStatement)",
            description = "Roles: clinician, manager, admin. Exactly the reads and searches above, JSON only.")
    @APIResponse(
            responseCode = "200",
            description = "The CapabilityStatement",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirResourceSchema.class)))
    public Response metadata() {
        return Fhir.ok(Capability.statement(BUILT));
    }

    /** The referral's measures, after referrals-service confirms it exists (404 otherwise), audited as a list. */
    private List<Assessment> measures(String basedOn) {
        UUID referralId = BasedOn.referral(basedOn);
        referrals.find(referralId).orElseThrow(ProblemException::notFound);
        List<Assessment> assessments = Assessment.ofReferral(referralId);
        audit.record(Action.LIST, AuditLog.REFERRAL, referralId);
        return assessments;
    }

    private Optional<Instrument> instrument(Assessment a) {
        return catalogue.find(a.instrument);
    }

    private String base() {
        return uri.getBaseUri().toString().replaceAll("/?$", "/") + "fhir/r4/";
    }
}
