package org.oxpip.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

/** The filter on a document built by hand; PlatformInAnAppTest checks it on a document Quarkus generated. */
class CommonResponsesTest {

    private final CommonResponses filter = new CommonResponses();

    @Test
    void aSecuredReadShouldGain401And403And503ButNot413() {
        Operation read = secured(OASFactory.createOperation().responses(ok()));
        filter.filterOpenAPI(document(read));
        assertEquals(
                Set.of("200", "401", "403", "503"),
                read.getResponses().getAPIResponses().keySet());
        assertProblem(read.getResponses().getAPIResponse("401"));
        assertProblem(read.getResponses().getAPIResponse("503"));
        assertTrue(read.getResponses().getAPIResponse("503").getHeaders().containsKey("Retry-After"));
    }

    @Test
    void anOperationTakingABodyShouldGain413() {
        Operation write =
                secured(OASFactory.createOperation().responses(ok()).requestBody(OASFactory.createRequestBody()));
        filter.filterOpenAPI(document(write));
        assertProblem(write.getResponses().getAPIResponse("413"));
    }

    @Test
    void aPublicOperationShouldGainNo401Or403() {
        Operation open = OASFactory.createOperation().responses(ok()).security(List.of());
        Operation unmarked = OASFactory.createOperation().responses(ok());
        OpenAPI api = document(open);
        api.getPaths().addPathItem("/other", OASFactory.createPathItem().GET(unmarked));
        filter.filterOpenAPI(api);
        assertEquals(Set.of("200", "503"), open.getResponses().getAPIResponses().keySet());
        assertEquals(
                Set.of("200", "503"), unmarked.getResponses().getAPIResponses().keySet());
    }

    @Test
    void aRequirementForTheWholeDocumentShouldCount() {
        Operation read = OASFactory.createOperation().responses(ok());
        OpenAPI api = document(read)
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("bearer")));
        filter.filterOpenAPI(api);
        assertTrue(read.getResponses().hasAPIResponse("401"));
    }

    @Test
    void anOperationsOwnWordsShouldBeKeptAndCompleted() {
        APIResponse own401 = OASFactory.createAPIResponse().description("Only an admin may read the audit trail");
        APIResponse own503 = OASFactory.createAPIResponse().description("referrals-service cannot be reached");
        Operation read = secured(OASFactory.createOperation()
                .responses(ok().addAPIResponse("401", own401).addAPIResponse("503", own503)));
        filter.filterOpenAPI(document(read));
        assertEquals("Only an admin may read the audit trail", own401.getDescription());
        assertProblem(own401);
        assertEquals(
                "referrals-service cannot be reached; or the database cannot be reached just now",
                own503.getDescription());
        assertTrue(own503.getHeaders().containsKey("Retry-After"));
    }

    @Test
    void theBareResponsesQuarkusAddsShouldGetOurWords() {
        APIResponse quarkus401 = OASFactory.createAPIResponse().description("Not Authorized");
        APIResponse quarkus403 = OASFactory.createAPIResponse().description("Not Allowed");
        Operation read = secured(OASFactory.createOperation()
                .responses(ok().addAPIResponse("401", quarkus401).addAPIResponse("403", quarkus403)));
        filter.filterOpenAPI(document(read));
        assertEquals(
                "No valid bearer token",
                read.getResponses().getAPIResponse("401").getDescription());
        assertEquals(
                "The caller's role may not do this",
                read.getResponses().getAPIResponse("403").getDescription());
        assertProblem(read.getResponses().getAPIResponse("403"));
    }

    @Test
    void runningTwiceShouldChangeNothing() {
        APIResponse own503 = OASFactory.createAPIResponse().description("referrals-service cannot be reached");
        Operation read = secured(OASFactory.createOperation().responses(ok().addAPIResponse("503", own503)));
        OpenAPI api = document(read);
        filter.filterOpenAPI(api);
        String once = own503.getDescription();
        filter.filterOpenAPI(api);
        assertEquals(once, own503.getDescription());
        assertEquals(1, own503.getHeaders().size());
    }

    @Test
    void theProblemSchemaShouldBeThereOnceAndAResourcesOwnKept() {
        OpenAPI api = document(secured(OASFactory.createOperation().responses(ok())));
        filter.filterOpenAPI(api);
        Schema problem = api.getComponents().getSchemas().get("Problem");
        assertNotNull(problem);
        assertEquals(
                Set.of("type", "title", "status", "detail", "errors"),
                problem.getProperties().keySet());
        assertNotNull(api.getComponents().getSchemas().get("FieldError"));

        Schema scanned = OASFactory.createSchema().description("from the record's annotations");
        OpenAPI other = document(secured(OASFactory.createOperation().responses(ok())));
        other.components(OASFactory.createComponents().addSchema("Problem", scanned));
        filter.filterOpenAPI(other);
        assertEquals(
                "from the record's annotations",
                other.getComponents().getSchemas().get("Problem").getDescription());
    }

    @Test
    void aFhirRoutesAddedRefusalsShouldBeOperationOutcomes() {
        Operation write =
                secured(OASFactory.createOperation().responses(ok()).requestBody(OASFactory.createRequestBody()));
        OpenAPI api = fhirDocument(write);
        filter.filterOpenAPI(api);
        assertOperationOutcome(write.getResponses().getAPIResponse("401"));
        assertOperationOutcome(write.getResponses().getAPIResponse("403"));
        assertOperationOutcome(write.getResponses().getAPIResponse("413"));
        assertOperationOutcome(write.getResponses().getAPIResponse("503"));
        assertEquals(
                "No valid bearer token (an OperationOutcome)",
                write.getResponses().getAPIResponse("401").getDescription());
        assertEquals(
                "The database cannot be reached just now; try again after Retry-After seconds (an OperationOutcome)",
                write.getResponses().getAPIResponse("503").getDescription());
        assertTrue(write.getResponses().getAPIResponse("503").getHeaders().containsKey("Retry-After"));

        Schema fhirResource = api.getComponents().getSchemas().get("FhirResource");
        assertNotNull(fhirResource, "the FhirResource schema is in the components though no resource named it");
        assertEquals(List.of("resourceType"), fhirResource.getRequired());
        assertTrue(fhirResource.getAdditionalPropertiesBoolean());
    }

    @Test
    void aFhirRoutesOwnResponseWithoutContentShouldBeFilledInAsAnOperationOutcome() {
        APIResponse own403 = OASFactory.createAPIResponse();
        APIResponse quarkus401 = OASFactory.createAPIResponse().description("Not Authorized");
        Operation read = secured(OASFactory.createOperation()
                .responses(ok().addAPIResponse("401", quarkus401).addAPIResponse("403", own403)));
        filter.filterOpenAPI(fhirDocument(read));
        assertEquals(
                "No valid bearer token (an OperationOutcome)",
                read.getResponses().getAPIResponse("401").getDescription());
        assertEquals(
                "The caller's role may not do this (an OperationOutcome)",
                read.getResponses().getAPIResponse("403").getDescription());
        assertOperationOutcome(read.getResponses().getAPIResponse("401"));
        assertOperationOutcome(read.getResponses().getAPIResponse("403"));
    }

    @Test
    void aFhirRoutesOwnWordsShouldBeKeptAndEndWithOperationOutcomeOnce() {
        APIResponse own403 = OASFactory.createAPIResponse()
                .description("A funder asked for a funding stream not in its token (an OperationOutcome)");
        APIResponse own503 = OASFactory.createAPIResponse().description("referrals-service cannot be reached");
        APIResponse ownDatabase503 = OASFactory.createAPIResponse()
                .description("Try again after Retry-After seconds: the database cannot be reached just now");
        Operation read = secured(OASFactory.createOperation()
                .responses(ok().addAPIResponse("403", own403).addAPIResponse("503", own503)));
        Operation other = secured(OASFactory.createOperation().responses(ok().addAPIResponse("503", ownDatabase503)));
        OpenAPI api = fhirDocument(read);
        api.getPaths()
                .addPathItem("/fhir/r4/metadata", OASFactory.createPathItem().GET(other));
        filter.filterOpenAPI(api);
        filter.filterOpenAPI(api);
        assertEquals(
                "A funder asked for a funding stream not in its token (an OperationOutcome)", own403.getDescription());
        assertEquals(
                "referrals-service cannot be reached; or the database cannot be reached just now (an"
                        + " OperationOutcome)",
                own503.getDescription());
        assertEquals(
                "Try again after Retry-After seconds: the database cannot be reached just now (an OperationOutcome)",
                ownDatabase503.getDescription());
        assertOperationOutcome(own403);
        assertOperationOutcome(own503);
        assertOperationOutcome(ownDatabase503);
        assertEquals(1, own503.getHeaders().size());
    }

    @Test
    void aFhirResourcesOwnSchemaShouldBeKeptAndOtherPathsStayProblems() {
        Operation fhirRead = secured(OASFactory.createOperation().responses(ok()));
        Operation jsonRead = secured(OASFactory.createOperation().responses(ok()));
        Operation notQuiteFhir = secured(OASFactory.createOperation().responses(ok()));
        OpenAPI api = fhirDocument(fhirRead);
        api.getPaths()
                .addPathItem("/api/v1/referrals", OASFactory.createPathItem().GET(jsonRead))
                .addPathItem("/fhirish", OASFactory.createPathItem().GET(notQuiteFhir));
        Schema scanned = OASFactory.createSchema().description("from the record's annotations");
        api.components(OASFactory.createComponents().addSchema("FhirResource", scanned));
        filter.filterOpenAPI(api);
        assertEquals(
                "from the record's annotations",
                api.getComponents().getSchemas().get("FhirResource").getDescription());
        assertOperationOutcome(fhirRead.getResponses().getAPIResponse("401"));
        for (Operation operation : List.of(jsonRead, notQuiteFhir)) {
            for (String code : List.of("401", "403", "503")) {
                APIResponse response = operation.getResponses().getAPIResponse(code);
                assertProblem(response);
                assertFalse(response.getDescription().contains("OperationOutcome"));
            }
        }
    }

    @Test
    void theBareResponseQuarkusSharesShouldBecomeAnOperationOutcomeOnlyOnAFhirRoute() {
        // Quarkus's auto-add-security-requirement puts the same bare 401 on every secured operation.
        APIResponse shared = OASFactory.createAPIResponse().description("Not Authorized");
        Operation jsonRead = secured(OASFactory.createOperation().responses(ok().addAPIResponse("401", shared)));
        Operation fhirRead = secured(OASFactory.createOperation().responses(ok().addAPIResponse("401", shared)));
        OpenAPI api = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/api/v1/things", OASFactory.createPathItem().GET(jsonRead))
                        .addPathItem(
                                "/fhir/r4/Thing", OASFactory.createPathItem().GET(fhirRead)));
        filter.filterOpenAPI(api);
        assertProblem(jsonRead.getResponses().getAPIResponse("401"));
        assertEquals(
                "No valid bearer token",
                jsonRead.getResponses().getAPIResponse("401").getDescription());
        assertOperationOutcome(fhirRead.getResponses().getAPIResponse("401"));
    }

    @Test
    void aDocumentWithoutFhirRoutesShouldGetNoFhirResourceSchema() {
        OpenAPI api = document(secured(OASFactory.createOperation().responses(ok())));
        filter.filterOpenAPI(api);
        assertFalse(api.getComponents().getSchemas().containsKey("FhirResource"));
    }

    private static void assertOperationOutcome(APIResponse response) {
        assertNotNull(response, "response missing");
        assertEquals(1, response.getContent().getMediaTypes().size(), "only application/fhir+json");
        assertEquals(
                "#/components/schemas/FhirResource",
                response.getContent()
                        .getMediaType("application/fhir+json")
                        .getSchema()
                        .getRef());
        assertTrue(response.getDescription().endsWith(" (an OperationOutcome)"));
        assertEquals(
                response.getDescription().indexOf("OperationOutcome"),
                response.getDescription().lastIndexOf("OperationOutcome"),
                "OperationOutcome said once");
    }

    private static OpenAPI fhirDocument(Operation operation) {
        return OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/fhir/r4/Bundle", OASFactory.createPathItem().POST(operation)));
    }

    private static void assertProblem(APIResponse response) {
        assertNotNull(response, "response missing");
        assertEquals(
                "#/components/schemas/Problem",
                response.getContent()
                        .getMediaType("application/problem+json")
                        .getSchema()
                        .getRef());
        assertFalse(response.getDescription().isBlank());
    }

    private static Operation secured(Operation operation) {
        return operation.security(List.of(OASFactory.createSecurityRequirement().addScheme("bearer")));
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponses ok() {
        return OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK"));
    }

    private static OpenAPI document(Operation operation) {
        return OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem("/things", OASFactory.createPathItem().GET(operation)));
    }
}
