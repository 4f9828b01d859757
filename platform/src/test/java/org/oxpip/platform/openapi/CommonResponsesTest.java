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
        assertEquals("No valid bearer token", quarkus401.getDescription());
        assertEquals("The caller's role may not do this", quarkus403.getDescription());
        assertProblem(quarkus403);
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
