package org.oxpip.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.oxpip.platform.fhir.FhirErrors;

/**
 * Documents the answers any operation of any service can give, once here rather than on every
 * resource: 401 and 403 for an operation that needs a token, 413 for one that takes a body (the body
 * limit), and 503 with Retry-After when the database cannot be reached. All are problem documents, and
 * the Problem schema is put in the components if no resource named it. An operation's own response
 * for one of these codes is kept (its words are more precise); it only gains the content if it
 * had none, and its own 503 (another service down) also names the database. The bare 401 and 403 that
 * Quarkus adds with {@code quarkus.smallrye-openapi.auto-add-security-requirement} get our words.
 *
 * <p>On a FHIR route (a path starting {@code /fhir/}) every refusal is an OperationOutcome at run time
 * ({@link org.oxpip.platform.fhir.FhirErrors}), so there these responses carry application/fhir+json
 * with the FhirResource schema instead, their words end with "(an OperationOutcome)" once, and the
 * FhirResource schema is put in the components if no resource named it. A FHIR resource therefore
 * declares a 401, 403, 413 or 503 only when its words are its own. Quarkus finds this filter in every
 * service that depends on the platform; running it twice changes nothing.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = CommonResponses.PRIORITY)
public class CommonResponses implements OASFilter {

    /** Higher than {@link ContractRules#PRIORITY}: these responses are in place before the contract rules run. */
    static final int PRIORITY = 20;

    static final String UNAUTHORIZED = "No valid bearer token";
    static final String FORBIDDEN = "The caller's role may not do this";
    static final String TOO_LARGE = "The body is larger than this service accepts";
    static final String DATABASE = "the database cannot be reached just now";
    /** What Quarkus writes when it adds 401 and 403 itself (auto-add-security-requirement): not an operation's own words. */
    static final Set<String> QUARKUS_WORDS = Set.of("Not Authorized", "Not Allowed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        boolean anyFhir = false;
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (Map.Entry<String, PathItem> path :
                    openAPI.getPaths().getPathItems().entrySet()) {
                boolean fhir = isFhir(path.getKey());
                if (path.getValue().getOperations() == null) {
                    continue;
                }
                for (Operation operation : path.getValue().getOperations().values()) {
                    add(operation, needsToken(openAPI, operation), fhir);
                    anyFhir |= fhir;
                }
            }
        }
        ProblemSchema.addTo(components(openAPI));
        if (anyFhir) {
            FhirSchema.addTo(components(openAPI));
        }
    }

    /** A FHIR route, whose refusals are OperationOutcomes ({@link FhirErrors}). */
    static boolean isFhir(String path) {
        return path != null && path.startsWith("/" + FhirErrors.ROOT);
    }

    private static void add(Operation operation, boolean needsToken, boolean fhir) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (needsToken) {
            keepOrAdd(responses, "401", UNAUTHORIZED, fhir);
            keepOrAdd(responses, "403", FORBIDDEN, fhir);
        }
        if (operation.getRequestBody() != null) {
            keepOrAdd(responses, "413", TOO_LARGE, fhir);
        }
        APIResponse unavailable = responses.getAPIResponse("503");
        if (unavailable == null) {
            responses.addAPIResponse(
                    "503",
                    refusal("The database cannot be reached just now; try again after Retry-After seconds", fhir));
        } else {
            String own = withoutFhirWords(unavailable.getDescription());
            if (own == null || !own.contains(DATABASE)) {
                // The operation's own 503 (another service down) is also the answer when the database is.
                unavailable.description(own == null ? DATABASE : own + "; or " + DATABASE);
            }
            withContent(unavailable, fhir);
        }
        unavailable = responses.getAPIResponse("503");
        if (unavailable.getHeaders() == null || !unavailable.getHeaders().containsKey("Retry-After")) {
            unavailable.addHeader(
                    "Retry-After",
                    OASFactory.createHeader()
                            .description("Seconds to wait before trying again")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
    }

    /**
     * An operation needs a token when it, or the document for all operations, lists a security
     * requirement that names a scheme; an explicit empty list marks a public operation.
     */
    static boolean needsToken(OpenAPI openAPI, Operation operation) {
        List<SecurityRequirement> requirements =
                operation.getSecurity() != null ? operation.getSecurity() : openAPI.getSecurity();
        return requirements != null
                && !requirements.isEmpty()
                && requirements.stream()
                        .allMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
    }

    private static void keepOrAdd(APIResponses responses, String code, String description, boolean fhir) {
        APIResponse own = responses.getAPIResponse(code);
        if (own == null) {
            responses.addAPIResponse(code, refusal(description, fhir));
        } else if (own.getDescription() == null || QUARKUS_WORDS.contains(own.getDescription())) {
            // Quarkus puts one bare instance on every secured operation: a copy, so that a FHIR route's
            // OperationOutcome and another route's problem do not overwrite each other.
            APIResponse ours = OASFactory.createAPIResponse()
                    .description(description)
                    .content(own.getContent())
                    .headers(own.getHeaders());
            withContent(ours, fhir);
            responses.addAPIResponse(code, ours);
        } else {
            withContent(own, fhir);
        }
    }

    /**
     * Gives a response without content the problem content, or on a FHIR route the OperationOutcome content;
     * a response whose content is FHIR's ends its words with "(an OperationOutcome)", once.
     */
    private static void withContent(APIResponse response, boolean fhir) {
        if (response.getContent() == null
                || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.content(fhir ? FhirSchema.content() : ProblemSchema.content());
        }
        if (FhirSchema.isFhir(response.getContent()) && response.getDescription() != null) {
            response.description(withoutFhirWords(response.getDescription()) + FhirSchema.OPERATION_OUTCOME);
        }
    }

    private static String withoutFhirWords(String description) {
        return description != null && description.endsWith(FhirSchema.OPERATION_OUTCOME)
                ? description.substring(0, description.length() - FhirSchema.OPERATION_OUTCOME.length())
                : description;
    }

    private static APIResponse refusal(String description, boolean fhir) {
        APIResponse response = OASFactory.createAPIResponse().description(description);
        withContent(response, fhir);
        return response;
    }

    private static Components components(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        return openAPI.getComponents();
    }
}
