package org.oxpip.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.platform.testing.EarlyRefusal;
import org.oxpip.platform.testing.TestTokens;

/** A body over the 16 KB limit answers 413 as a problem document, whether its length is declared or chunked. */
@QuarkusTest
class BodyTooLargeTest {

    @ParameterizedTest(name = "chunked={0}")
    @ValueSource(booleans = {false, true})
    void shouldRefuseATooLargeBodyWithAProblem(boolean chunked) throws Exception {
        byte[] json = ("{\"padding\":\"" + "x".repeat(20 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))
                : HttpRequest.BodyPublishers.ofByteArray(json);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/sync"))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer " + TestTokens.staff("admin"))
                .header("Content-Type", "application/json")
                .POST(publisher)
                .build();
        HttpResponse<String> response = EarlyRefusal.send(request);
        assertEquals(413, response.statusCode());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        Map<?, ?> problem = new ObjectMapper().readValue(response.body(), Map.class);
        assertEquals(413, problem.get("status"));
        assertEquals("https://oxpip.org/problems/body-too-large", problem.get("type"));
        assertEquals("The body is larger than the 16 KB this service accepts", problem.get("detail"));
    }
}
