package org.oxpip.platform.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The platform in a running Quarkus app, as a service uses it: its mappers, body limit, strict JSON
 * reader and OpenAPI filter are found without a line of configuration, and a resource that writes none
 * of the edge handling itself still answers every edge case as a problem document.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PlatformInAnAppTest {

    private static final String VALID = """
            {"name": "one", "count": 2, "given": true, "colour": "RED", "answers": [1, 2.0], "notes": "fine"}""";

    private static RequestSpecification clinician() {
        return given().auth().oauth2(Tokens.of("clinician-a", "clinician"));
    }

    @Test
    void aValidBodyShouldBeRead() {
        clinician()
                .contentType("application/json")
                .body(VALID)
                .when()
                .post("/things")
                .then()
                .statusCode(200)
                .body("name", equalTo("one"));
    }

    @Test
    void noTokenShouldBe401AsAProblemNamingTheScheme() {
        given().contentType("application/json")
                .body(VALID)
                .when()
                .post("/things")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://oxpip.org/problems/unauthorized"));
    }

    @Test
    void aForgedTokenShouldBe401AsAProblem() {
        String token = Tokens.of("clinician-a", "clinician");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmVkIGJ5IG5vYm9keQ";
        given().auth()
                .oauth2(forged)
                .when()
                .get("/things")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void theWrongRoleShouldBe403AsAProblem() {
        given().auth()
                .oauth2(Tokens.of("funder-a", "funder"))
                .contentType("application/json")
                .body(VALID)
                .when()
                .post("/things")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/forbidden"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "count  | '\"2\"'",
                "count  | 2.5",
                "given  | 1",
                "notes  | 98765",
                "colour | 0",
                "colour | '\"BLUE\"'"
            })
    void aValueOfTheWrongTypeShouldBe400NamingTheField(String field, String value) {
        String body = VALID.replaceFirst("\"" + field + "\": [^,}]+", "\"" + field + "\": " + value);
        clinician()
                .contentType("application/json")
                .body(body)
                .when()
                .post("/things")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/validation"))
                .body("errors.field", contains(field))
                .body(not(containsString("98765")));
    }

    @Test
    void aConstraintShouldBe400NamingTheField() {
        clinician()
                .contentType("application/json")
                .body(VALID.replace("\"one\"", "\" \""))
                .when()
                .post("/things")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("name"));
    }

    @Test
    void anUnknownFieldShouldBe400() {
        clinician()
                .contentType("application/json")
                .body(VALID.replace("\"notes\"", "\"notse\""))
                .when()
                .post("/things")
                .then()
                .statusCode(400)
                .body("errors.field", contains("notse"))
                .body("errors.message", contains("is not a known field"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"trailing tokens", "overlong UTF-8", "beyond U+10FFFF", "huge number", "cut short"})
    void whatALenientReaderWouldRepairShouldBe400MalformedJson(String kind) {
        byte[] sent = switch (kind) {
            case "trailing tokens" -> (VALID + "}}}").getBytes(StandardCharsets.UTF_8);
            case "overlong UTF-8" -> withBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
            case "beyond U+10FFFF" -> withBytes(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
            case "huge number" ->
                VALID.replace("\"count\": 2", "\"count\": " + "9".repeat(1001)).getBytes(StandardCharsets.UTF_8);
            default -> VALID.substring(0, 20).getBytes(StandardCharsets.UTF_8);
        };
        clinician()
                .contentType("application/json")
                .body(sent)
                .when()
                .post("/things")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/malformed-json"));
    }

    @Test
    void aBodyOverTheLimitWithItsLengthDeclaredShouldBe413AsAProblem() throws Exception {
        assertTooLarge(false);
    }

    @Test
    void aChunkedBodyOverTheLimitShouldBe413AsAProblem() throws Exception {
        assertTooLarge(true);
    }

    @ParameterizedTest(name = "If-Match [{0}] -> {1} {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "none         | 428 | if-match-required",
                "*            | 400 | invalid-if-match",
                "3            | 400 | invalid-if-match",
                "'\"x\"'      | 400 | invalid-if-match",
                "'\"2\"'      | 412 | stale-version"
            })
    void aChangeShouldNameTheCurrentVersion(String ifMatch, int status, String type) {
        RequestSpecification request =
                clinician().contentType("application/json").body(VALID);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        request.when()
                .put("/things/1")
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/" + type));
    }

    @Test
    void theCurrentVersionShouldBeAcceptedAndTheNewOneTagged() {
        clinician()
                .contentType("application/json")
                .body(VALID)
                .header("If-Match", "W/\"3\"")
                .when()
                .put("/things/1")
                .then()
                .statusCode(200)
                .header("ETag", "\"4\"");
    }

    @Test
    void aChangeThatLostARaceShouldBe412() {
        clinician()
                .when()
                .post("/things/raced")
                .then()
                .statusCode(412)
                .body("type", equalTo("https://oxpip.org/problems/stale-version"))
                .body(not(containsString("clinician-b")));
    }

    @Test
    void pagingShouldDefaultToTheFirstTwenty() {
        clinician()
                .when()
                .get("/things")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("totalItems", equalTo(45))
                .body("items[0]", equalTo("thing-0"));
        clinician()
                .queryParam("page", 2)
                .queryParam("size", 20)
                .when()
                .get("/things")
                .then()
                .statusCode(200)
                .body("items", contains("thing-40", "thing-41", "thing-42", "thing-43", "thing-44"));
    }

    @ParameterizedTest(name = "page={0} size={1}")
    @CsvSource(
            delimiter = '|',
            value = {"abc | 20 | page", "-1 | 20 | page", "0 | 101 | size", "0 | 0 | size"})
    void badPagingShouldBe400NotJaxRs404(String page, String size, String field) {
        clinician()
                .queryParam("page", page)
                .queryParam("size", size)
                .when()
                .get("/things")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(field));
    }

    @Test
    void theCallerShouldCarryTheTokensClaims() {
        String token = Tokens.sign(Tokens.claims("service-account-funder-a", "funder")
                .claim("funding_streams", List.of("DIDCOT_POWERHOUSE", "OXFORD_CITY"))
                .claim("azp", "funder-a"));
        given().auth()
                .oauth2(token)
                .when()
                .get("/things/me")
                .then()
                .statusCode(200)
                .body("actor", equalTo("service-account-funder-a"))
                .body("roles", contains("funder"))
                .body("fundingStreams", containsInAnyOrder("DIDCOT_POWERHOUSE", "OXFORD_CITY"))
                .body("clientId", equalTo("funder-a"))
                .body("agencyId", nullValue());
    }

    @Test
    void oneFundingStreamAsAStringAndAnAgencyShouldBeReadToo() {
        String funder = Tokens.sign(Tokens.claims("funder-b", "funder").claim("funding_streams", "DIDCOT_POWERHOUSE"));
        given().auth()
                .oauth2(funder)
                .when()
                .get("/things/me")
                .then()
                .statusCode(200)
                .body("fundingStreams", contains("DIDCOT_POWERHOUSE"));
        String partner = Tokens.sign(
                Tokens.claims("service-account-partner-a", "referrer").claim("agency_id", "agency-a"));
        given().auth()
                .oauth2(partner)
                .when()
                .get("/things/me")
                .then()
                .statusCode(200)
                .body("agencyId", equalTo("agency-a"))
                .body("fundingStreams", hasItems());
    }

    @Test
    void aDatabaseOutageShouldBe503WithRetryAfterAndNoDriverWords() {
        String body = clinician()
                .when()
                .get("/things/outage")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("type", equalTo("https://oxpip.org/problems/database-unavailable"))
                .extract()
                .asString();
        assertFalse(body.contains("10.1.2.3"));
    }

    @Test
    void aBugShouldBe500SayingNothingOfIt() {
        clinician()
                .when()
                .get("/things/bug")
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body(not(containsString("Jane")))
                .body(not(containsString("IllegalState")));
    }

    @Test
    void noSuchPathShouldBe404AsAProblem() {
        clinician()
                .when()
                .get("/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/not-found"));
    }

    @Test
    void aMethodThePathDoesNotAnswerShouldBe405AsAProblem() {
        clinician()
                .when()
                .delete("/things")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("https://oxpip.org/problems/method-not-allowed"));
    }

    @Test
    void theOpenApiDocumentShouldCarryTheCommonResponses() throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(given().queryParam("format", "json")
                        .when()
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        JsonNode paths = doc.path("paths");
        for (String status : List.of("401", "403", "413", "503")) {
            assertEquals(
                    "#/components/schemas/Problem",
                    paths.path("/things")
                            .path("post")
                            .path("responses")
                            .path(status)
                            .path("content")
                            .path("application/problem+json")
                            .path("schema")
                            .path("$ref")
                            .asText(),
                    status);
        }
        assertTrue(
                paths.path("/things").path("get").path("responses").path("413").isMissingNode(), "no body, no 413");
        assertEquals(
                "No valid bearer token",
                paths.path("/things")
                        .path("get")
                        .path("responses")
                        .path("401")
                        .path("description")
                        .asText(),
                "our words, not the bare 401 Quarkus adds");
        JsonNode open = paths.path("/things/public").path("get").path("responses");
        assertTrue(open.path("401").isMissingNode(), "a public operation needs no token");
        assertEquals(
                "integer",
                open.path("503")
                        .path("headers")
                        .path("Retry-After")
                        .path("schema")
                        .path("type")
                        .asText());
        assertTrue(doc.path("components").path("schemas").has("Problem"));
        List<String> parameters = new ArrayList<>();
        paths.path("/things")
                .path("get")
                .path("parameters")
                .forEach(p -> parameters.add(p.path("name").asText() + " "
                        + p.path("schema").path("minimum").asText() + "-"
                        + p.path("schema").path("maximum").asText()));
        assertEquals(List.of("page 0-", "size 1-100"), parameters);
    }

    private static void assertTooLarge(boolean chunked) throws Exception {
        byte[] json = ("{\"name\": \"" + "x".repeat(4 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))
                : HttpRequest.BodyPublishers.ofByteArray(json);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/things"))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer " + Tokens.of("clinician-a", "clinician"))
                .header("Content-Type", "application/json")
                .POST(publisher)
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        JsonPath problem = JsonPath.from(response.body());
        assertEquals("https://oxpip.org/problems/body-too-large", problem.getString("type"));
        assertEquals("The body is larger than the 2 KB this service accepts", problem.getString("detail"));
    }

    private static byte[] withBytes(byte[] bytes) {
        byte[] head = VALID.substring(0, VALID.indexOf("fine")).getBytes(StandardCharsets.UTF_8);
        byte[] tail = VALID.substring(VALID.indexOf("fine") + 4).getBytes(StandardCharsets.UTF_8);
        byte[] sent = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, sent, 0, head.length);
        System.arraycopy(bytes, 0, sent, head.length, bytes.length);
        System.arraycopy(tail, 0, sent, head.length + bytes.length, tail.length);
        return sent;
    }
}
