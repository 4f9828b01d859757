package org.oxpip.outcomes.assessment;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.outcomes.testing.Api;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;

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
        Api.as("clinician").body(sent).when().post(Api.ASSESSMENTS)
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
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
