package org.oxpip.reporting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.reporting.testing.FeedsStub;

/**
 * Every endpoint is documented with its roles, its errors as problem+json and an operationId. The
 * document is written to target/openapi.json for the linter:
 * {@code npx -y @stoplight/spectral-cli@6.16.3 lint target/openapi.json} (ruleset .spectral.yaml).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTest {

    @Test
    void shouldDocumentRolesAndErrorsOfEveryEndpoint() throws IOException {
        String document = given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Files.writeString(Path.of("target", "openapi.json"), document);

        JsonPath openApi = JsonPath.from(document);
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        assertEquals(11, paths.size(), "paths: " + paths.keySet());
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            assertTrue(String.valueOf(operation.get("description")).startsWith("Roles: "), where + " names its roles");
            assertFalse(String.valueOf(operation.get("operationId")).equals("null"), where + " has an operationId");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertTrue(
                    String.valueOf(responses.get("503")).contains("Retry-After"),
                    where + " documents 503 with Retry-After");
            if (path.startsWith("/api/v1/reports/") && !path.contains("/settings/")) {
                // A funder's reports are limited to the funding streams in its token: say so, and say the 403.
                assertTrue(String.valueOf(operation.get("description")).contains("funding_streams"), where);
                assertTrue(String.valueOf(responses.get("403")).contains("funding-stream-not-yours"), where);
                assertTrue(String.valueOf(responses.get("403")).contains("no-funding-streams"), where);
            }
            // A FHIR route's refusals are OperationOutcomes (the platform's FHIR filter), every other a problem.
            String refusal = path.startsWith("/fhir/") ? "application/fhir+json" : "application/problem+json";
            for (String status : new String[] {"401", "403", "503"}) {
                assertTrue(responses.containsKey(status), where + " documents " + status);
                assertTrue(
                        String.valueOf(responses.get(status).get("content")).contains(refusal),
                        where + " answers " + status + " with " + refusal);
            }
        }));
    }
}
