package org.oxpip.platform.app;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract rules (ContractRules) on the document Quarkus generates for the test app: the licence,
 * the tags' descriptions from configuration, the nullability rule with the primitives found in the
 * index, and no unused schema.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ContractInAnAppTest {

    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        document = new ObjectMapper()
                .readTree(given().queryParam("format", "json")
                        .when()
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    @Test
    void theLicenceShouldBeApacheByItsSpdxIdentifier() {
        JsonNode license = document.path("info").path("license");
        assertEquals("Apache License 2.0", license.path("name").asText());
        assertEquals("Apache-2.0", license.path("identifier").asText());
        assertTrue(license.path("url").isMissingNode(), "identifier and url exclude each other");
    }

    @Test
    void everyTagShouldBeDescribedFromConfiguration() {
        assertEquals(
                "[{\"name\":\"Things\",\"description\":\"Things to count, the platform's test resource\"},"
                        + "{\"name\":\"Who is calling\",\"description\":\"The caller as the platform reads it from the token\"}]",
                document.path("tags").toString());
    }

    @Test
    void theServerShouldComeFromConfiguration() {
        assertEquals(
                "http://localhost:8080",
                document.path("servers").path(0).path("url").asText());
    }

    @Test
    void swaggerUiShouldSignInAtTheRealmTheServiceTrusts() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertEquals(1, schemes.size(), schemes.toString());
        JsonNode flows = schemes.path("keycloak").path("flows");
        String realm = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.oidc.auth-server-url", String.class)
                .replaceAll("/$", "");
        assertEquals(
                realm + "/protocol/openid-connect/auth",
                flows.path("authorizationCode").path("authorizationUrl").asText(),
                "read at start-up, not the build's value");
        assertEquals(
                realm + "/protocol/openid-connect/token",
                flows.path("clientCredentials").path("tokenUrl").asText());
        document.path("paths")
                .forEach(path -> path.forEach(operation -> operation
                        .path("security")
                        .forEach(requirement -> assertEquals(
                                "[\"keycloak\"]",
                                fieldNames(requirement),
                                operation.path("operationId").asText()))));
    }

    private static String fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(name -> names.add('"' + name + '"'));
        return names.toString().replace(" ", "");
    }

    @Test
    void aPropertyThatIsNotRequiredShouldAllowNull() {
        JsonNode thing = schema("Thing").path("properties");
        assertEquals("[\"string\",\"null\"]", thing.path("notes").path("type").toString());
        assertEquals("[\"array\",\"null\"]", thing.path("answers").path("type").toString());
        assertEquals(
                "{\"anyOf\":[{\"$ref\":\"#/components/schemas/Colour\"},{\"type\":\"null\"}]}",
                thing.path("colour").toString());
        JsonNode mood = schema("Mood").path("properties").path("mood");
        assertEquals("[\"string\",\"null\"]", mood.path("type").toString());
        assertEquals("[\"CALM\",\"CROSS\",null]", mood.path("enum").toString());
    }

    @Test
    void aRequiredPropertyShouldNotAllowNull() {
        JsonNode thing = schema("Thing");
        assertEquals(
                "\"string\"", thing.path("properties").path("name").path("type").toString(), "@NotBlank");
        assertEquals(
                "\"integer\"",
                thing.path("properties").path("count").path("type").toString(),
                "an int");
        assertEquals(
                "\"boolean\"",
                thing.path("properties").path("given").path("type").toString(),
                "a boolean");
    }

    @Test
    void aJavaPrimitiveShouldBeRequired() {
        assertEquals(
                "[\"name\",\"count\",\"given\"]",
                schema("Thing").path("required").toString());
        assertEquals("[\"asked\"]", schema("Mood").path("required").toString());
        assertEquals("[\"staff\"]", schema("Caller").path("required").toString(), "isStaff(), a getter");
        assertEquals(
                "[\"items\",\"page\",\"size\",\"totalItems\"]",
                schema("PageString").path("required").toString(),
                "the platform's Page says so itself");
    }

    @Test
    void theProblemShouldRequireTypeTitleAndStatus() {
        JsonNode problem = schema("Problem");
        assertEquals("[\"type\",\"title\",\"status\"]", problem.path("required").toString());
        assertEquals(
                "[\"string\",\"null\"]",
                problem.path("properties").path("detail").path("type").toString());
    }

    @Test
    void alternativesWithoutADiscriminatorShouldBePublishedAsAnyOf() {
        JsonNode seen = schema("Seen");
        assertTrue(seen.path("oneOf").isMissingNode());
        assertEquals(
                "[{\"$ref\":\"#/components/schemas/Thing\"},{\"$ref\":\"#/components/schemas/Mood\"}]",
                seen.path("anyOf").toString());
    }

    @Test
    void aSchemaNoOperationUsesShouldBeLeftOut() {
        assertFalse(document.path("components").path("schemas").has("Leftover"));
    }

    @Test
    void theServiceShouldWriteTheNullItsDocumentAllows() {
        given().auth()
                .oauth2(Tokens.of("clinician-a", "clinician"))
                .when()
                .get("/things/mood")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.equalTo("{\"mood\":null,\"asked\":1}"));
    }

    private JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }
}
