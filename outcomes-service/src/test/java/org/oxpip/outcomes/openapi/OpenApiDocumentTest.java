package org.oxpip.outcomes.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The published document (docs/design.md: every endpoint with its roles, schemas and error responses).
 * It is also written to target/openapi.json for spectral (see README.md, "OpenAPI").
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    /** Every endpoint this service must publish, method and path. */
    private static final Set<String> ENDPOINTS = Set.of(
            "get /api/v1/instruments",
            "get /api/v1/instruments/{code}",
            "post /api/v1/assessments",
            "get /api/v1/assessments/{id}",
            "put /api/v1/assessments/{id}",
            "delete /api/v1/assessments/{id}",
            "get /api/v1/assessments/{id}/history",
            "get /api/v1/referrals/{id}/assessments",
            "get /api/v1/referrals/{id}/outcomes",
            "get /api/v1/alerts",
            "post /api/v1/alerts/{id}/acknowledge",
            "get /api/v1/feed/assessments",
            "get /api/v1/feedback",
            "get /api/v1/feedback/{id}/quote",
            "post /api/v1/feedback/{id}/quote",
            "put /api/v1/feedback/{id}/quote",
            "delete /api/v1/feedback/{id}/quote",
            "get /api/v1/feed/quotes",
            "post /api/v1/imports",
            "get /api/v1/imports/{id}",
            "get /fhir/r4/QuestionnaireResponse",
            "get /fhir/r4/Observation",
            "get /fhir/r4/Questionnaire",
            "get /fhir/r4/Questionnaire/{id}",
            "get /fhir/r4/metadata");

    @Test
    void everyEndpointShouldBeDocumentedWithRolesAndErrors() throws Exception {
        String json = given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Path target = Path.of("target", "openapi.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, json);

        JsonNode document = new ObjectMapper().readTree(json);
        List<String> found = new ArrayList<>();
        List<Runnable> checks = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey() + " " + path.getKey();
                found.add(name);
                JsonNode op = operation.getValue();
                checks.add(() -> assertNotNull(op.get("operationId"), name + ": operationId"));
                checks.add(
                        () -> assertTrue(op.path("description").asText().startsWith("Role"), name + ": roles first"));
                checks.add(() -> assertTrue(op.path("responses").has("401"), name + ": 401"));
                checks.add(() -> assertTrue(op.path("responses").has("403"), name + ": 403"));
                checks.add(() -> assertTrue(
                        op.path("responses").path("503").path("headers").has("Retry-After"),
                        name + ": 503 with Retry-After"));
                if (op.has("requestBody")) {
                    checks.add(() -> assertTrue(op.path("responses").has("413"), name + ": takes a body, so 413"));
                }
                op.path("responses").properties().forEach(response -> {
                    int status = Integer.parseInt(response.getKey());
                    if (status >= 400) {
                        // A FHIR route's refusals are OperationOutcomes (the platform's FHIR filter), every other a
                        // problem.
                        String refusal =
                                name.contains(" /fhir/") ? "application/fhir+json" : "application/problem+json";
                        checks.add(() -> assertTrue(
                                response.getValue().path("content").has(refusal),
                                name + " " + status + ": " + refusal));
                    } else if (status != 204) {
                        checks.add(
                                () -> assertTrue(response.getValue().has("content"), name + " " + status + ": schema"));
                    }
                });
            }
        }
        assertEquals(ENDPOINTS, Set.copyOf(found));
        assertAll(checks.stream().map(check -> (org.junit.jupiter.api.function.Executable) check::run));
    }

    /** Every write that an erased referral refuses documents its 422 referral-erased, with an example. */
    @Test
    void everyWriteAnErasedReferralRefusesShouldDocumentIt() throws Exception {
        JsonNode paths = new ObjectMapper()
                .readTree(given().when()
                        .get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .get("paths");
        Map<String, String> writes = Map.of(
                "post /api/v1/assessments",
                "/api/v1/assessments",
                "put /api/v1/assessments/{id}",
                "/api/v1/assessments/{id}",
                "delete /api/v1/assessments/{id}",
                "/api/v1/assessments/{id}",
                "post /api/v1/alerts/{id}/acknowledge",
                "/api/v1/alerts/{id}/acknowledge");
        assertAll(writes.entrySet().stream().map(write -> () -> {
            JsonNode refused = paths.path(write.getValue())
                    .path(write.getKey().split(" ")[0])
                    .path("responses")
                    .path("422");
            assertTrue(refused.path("description").asText().contains("erased"), write.getKey());
            assertTrue(
                    refused.path("content")
                            .path("application/problem+json")
                            .path("examples")
                            .toString()
                            .contains("https://oxpip.org/problems/referral-erased"),
                    write.getKey() + ": example");
        }));
    }
}
