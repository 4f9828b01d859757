package org.oxpip.referrals.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published contract: every operation says its roles and its error responses (503 with
 * Retry-After everywhere, 413 wherever a body is taken). The document is
 * written to target/openapi.json, where .ci/run lints it with spectral (spectral:oas).
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationShouldDocumentRolesAndErrors() throws Exception {
        String json = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Files.writeString(Path.of("target", "openapi.json"), json);
        JsonNode paths = new ObjectMapper().readTree(json).get("paths");
        List<String> missing = new ArrayList<>();
        paths.fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    String name = op.getKey().toUpperCase() + " " + path.getKey();
                    JsonNode operation = op.getValue();
                    String description = operation.path("description").asText("");
                    if (!description.startsWith("Role")) {
                        missing.add(name + ": description must start with its roles");
                    }
                    for (String status : List.of("401", "403", "503")) {
                        if (!operation.path("responses").has(status)) {
                            missing.add(name + ": no " + status + " response");
                        }
                    }
                    if (operation.has("requestBody")
                            && !operation.path("responses").has("413")) {
                        missing.add(name + ": takes a body but has no 413 response");
                    }
                    if (!operation.path("responses").path("503").path("headers").has("Retry-After")) {
                        missing.add(name + ": 503 without Retry-After");
                    }
                    // A FHIR route's refusals are OperationOutcomes (FhirRefusals), every other route's problems.
                    String refusal = path.getKey().startsWith("/fhir/") ? "application/fhir+json" : null;
                    operation.path("responses").fields().forEachRemaining(response -> {
                        if (refusal != null
                                && Integer.parseInt(response.getKey()) >= 400
                                && !response.getValue().path("content").has(refusal)) {
                            missing.add(name + " " + response.getKey() + ": not " + refusal);
                        }
                    });
                    if (!operation.path("responses").fieldNames().hasNext()) {
                        missing.add(name + ": no responses");
                    }
                }));
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    /** The feed's items are published as the facts they carry (the shared feed contract), not as free JSON. */
    @Test
    void feedItemsShouldBeTypedAsReferralFacts() throws Exception {
        JsonNode schemas = new ObjectMapper()
                .readTree(given().queryParam("format", "json")
                        .when()
                        .get("/q/openapi")
                        .asString())
                .path("components")
                .path("schemas");
        assertEquals(
                "#/components/schemas/ReferralFacts",
                schemas.path("ReferralFeedPage")
                        .path("properties")
                        .path("items")
                        .path("items")
                        .path("$ref")
                        .asText());
        JsonNode facts = schemas.path("ReferralFacts").path("properties");
        for (String field : List.of("position", "referralId", "receivedOn", "status", "erased", "changedAt")) {
            assertTrue(facts.has(field), field);
        }
        assertEquals("OX11", facts.path("area").path("examples").path(0).asText());
    }
}
