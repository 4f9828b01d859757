package org.oxpip.outcomes.assessment;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.outcomes.testing.Api;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;
import org.oxpip.platform.testing.EarlyRefusal;
import org.oxpip.platform.testing.TestTokens;

/** Bodies that a lenient reader would repair or half-read are refused, and nothing is stored. */
@QuarkusTest
class StrictBodyTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"trailing garbage", "overlong UTF-8", "beyond U+10FFFF", "huge number"})
    void shouldRefuseWhatALenientReaderWouldRepair(String kind) throws Exception {
        Map<String, Object> body = Api.phq9(ReferralsStub.ACCEPTED);
        body.put("instrument", "SATISFACTION");
        body.put("answers", java.util.List.of(1, 1, 1, 1));
        body.put("comments", "MARKER");
        byte[] json = new ObjectMapper().writeValueAsBytes(body);
        String text = new String(json, StandardCharsets.UTF_8);
        byte[] sent = switch (kind) {
            case "trailing garbage" -> (text + "}}}").getBytes(StandardCharsets.UTF_8);
            case "overlong UTF-8" -> withBytes(text, new byte[] {(byte) 0xC0, (byte) 0xAF});
            case "beyond U+10FFFF" -> withBytes(text, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
            default -> text.replace("[1,1,1,1]", "[1e400,1,1,1]").getBytes(StandardCharsets.UTF_8);
        };
        Map<String, Long> before = Rows.counts();
        Api.as("clinician")
                .body(sent)
                .when()
                .post(Api.ASSESSMENTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        assertEquals(before, Rows.counts());
    }

    /** Over the 64 KB limit: 413 as a problem document, with a Content-Length (refused unread) or chunked. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(booleans = {false, true})
    void shouldRefuseATooLargeBodyWithAProblem(boolean chunked) throws Exception {
        Map<String, Object> body = Api.phq9(ReferralsStub.ACCEPTED);
        body.put("comments", "x".repeat(80 * 1024));
        byte[] json = new ObjectMapper().writeValueAsBytes(body);
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))
                : HttpRequest.BodyPublishers.ofByteArray(json);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + Api.ASSESSMENTS))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer " + TestTokens.staff("clinician"))
                .header("Content-Type", "application/json")
                .POST(publisher)
                .build();
        Map<String, Long> before = Rows.counts();
        HttpResponse<String> response = EarlyRefusal.send(request);
        assertEquals(413, response.statusCode());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        Map<?, ?> problem = new ObjectMapper().readValue(response.body(), Map.class);
        assertEquals(413, problem.get("status"));
        assertEquals("https://oxpip.org/problems/body-too-large", problem.get("type"));
        assertFalse(response.body().contains("xxxx"));
        assertEquals(before, Rows.counts());
    }

    private static byte[] withBytes(String text, byte[] bytes) {
        int at = text.indexOf("MARKER");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(text.substring(at + "MARKER".length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
