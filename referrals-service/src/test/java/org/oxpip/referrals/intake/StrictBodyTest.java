package org.oxpip.referrals.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Database;
import org.oxpip.referrals.testing.ReferralBodies;

/** Bodies that a lenient reader would repair or half-read are refused, and nothing is stored. */
@QuarkusTest
class StrictBodyTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"trailing garbage", "overlong UTF-8", "beyond U+10FFFF", "huge number"})
    void shouldRefuseWhatALenientReaderWouldRepair(String kind) throws Exception {
        Map<String, Object> body = ReferralBodies.partner();
        body.put("details", "MARKER");
        byte[] json = new ObjectMapper().writeValueAsBytes(body);
        byte[] sent = switch (kind) {
            case "trailing garbage" -> concat(json, "}}}".getBytes(StandardCharsets.US_ASCII));
            case "overlong UTF-8" -> replaceMarker(json, new byte[] {(byte) 0xC0, (byte) 0xAF});
            case "beyond U+10FFFF" ->
                replaceMarker(json, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
            default ->
                new String(json, StandardCharsets.UTF_8)
                        .replace("\"MARKER\"", "1e400")
                        .replace("\"given\":true", "\"given\":1e400")
                        .getBytes(StandardCharsets.UTF_8);
        };
        Map<String, Long> before = Database.rowCounts();
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .contentType("application/json")
                .body(sent)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        assertEquals(before, Database.rowCounts(), "nothing stored, in any table");
    }

    /** A value of the wrong JSON type is refused, not converted: 1 is not consent, 123 is not text, 0 is no role. */
    @SuppressWarnings("unchecked")
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "consent.given | 1",
                "consent.given | 0",
                "consent.given | '\"true\"'",
                "details       | 123",
                "details       | 98765.4321",
                "details       | true",
                "referrer.role | 0",
                "fundingStream | 12"
            })
    void shouldRefuseAValueOfTheWrongJsonType(String field, String json) throws Exception {
        Map<String, Object> body = ReferralBodies.partner();
        Map<String, Object> parent = body;
        String[] path = field.split("\\.");
        for (int i = 0; i < path.length - 1; i++) {
            parent = (Map<String, Object>) parent.get(path[i]);
        }
        parent.put(path[path.length - 1], new ObjectMapper().readValue(json, Object.class));
        String sent = new ObjectMapper().writeValueAsString(body);
        Map<String, Long> before = Database.rowCounts();
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .contentType("application/json")
                .body(sent)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(field))
                // Our own words only: the value sent is never echoed back.
                .body("errors[0].message", not(containsString(json.replace("\"", ""))))
                .body(not(containsString("98765")));
        assertEquals(before, Database.rowCounts(), "nothing stored, in any table");
    }

    private static byte[] replaceMarker(byte[] json, byte[] bytes) {
        String text = new String(json, StandardCharsets.UTF_8);
        int at = text.indexOf("MARKER");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(json, 0, at);
        out.writeBytes(bytes);
        out.write(json, at + "MARKER".length(), json.length - at - "MARKER".length());
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
