package org.oxpip.reporting.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oxpip.platform.testing.EarlyRefusal;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.testing.FeedsStub;

/**
 * Every response says nosniff; every /api/ response, whatever its status, says no-store, so no
 * report or problem stays in a browser's or a proxy's cache.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class ResponseHeadersTest {

    static final String SUMMARY = "/api/v1/reports/summary?from=2024-01-01&to=2024-12-31";

    static Stream<Arguments> apiResponses() {
        return Stream.of(
                Arguments.of("a report", TestTokens.staff("manager"), SUMMARY, 200),
                Arguments.of(
                        "a CSV report", TestTokens.staff("manager"), SUMMARY.replace("summary", "summary.csv"), 200),
                Arguments.of("a funder's report", TestTokens.funder("DIDCOT_POWERHOUSE"), SUMMARY, 200),
                Arguments.of("the sync status", TestTokens.staff("admin"), "/api/v1/sync/status", 200),
                Arguments.of("no token", null, SUMMARY, 401),
                Arguments.of("the wrong role", TestTokens.staff("clinician"), SUMMARY, 403),
                Arguments.of(
                        "another funder's stream",
                        TestTokens.funder("DIDCOT_POWERHOUSE"),
                        SUMMARY + "&fundingStream=COMMUNITY_GRANT",
                        403),
                Arguments.of("bad parameters", TestTokens.staff("manager"), "/api/v1/reports/summary?from=x", 400),
                Arguments.of("a path that is not there", TestTokens.staff("manager"), "/api/v1/nothing-here", 404));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("apiResponses")
    void shouldForbidSniffingAndStoringEveryApiResponse(String what, String token, String path, int status) {
        Response response =
                (token == null ? given() : given().auth().oauth2(token)).when().get(path);
        assertEquals(status, response.statusCode(), what);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), what);
        assertEquals("no-store", response.header("Cache-Control"), what);
    }

    @Test
    void shouldForbidStoringATooLargeRequestsRefusal() throws Exception {
        // HTTP/1.1 only: the JDK client's default h2c upgrade races the connection the 413 closes.
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/sync"))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer " + TestTokens.staff("admin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(20 * 1024)))
                .build();
        HttpResponse<String> response = EarlyRefusal.send(request);
        assertEquals(413, response.statusCode());
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platformPaths")
    void shouldForbidSniffingOutsideTheApiToo(String path) {
        Response response = given().when().get(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), path);
    }

    static Stream<String> platformPaths() {
        return Stream.of("/q/openapi", "/q/health/live", "/q/metrics");
    }
}
