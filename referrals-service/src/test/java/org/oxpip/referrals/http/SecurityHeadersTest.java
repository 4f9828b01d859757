package org.oxpip.referrals.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Api;
import org.oxpip.referrals.testing.ReferralBodies;

/**
 * Every answer carries X-Content-Type-Options: nosniff; every answer under /api/ (personal data, or
 * an error about it) also Cache-Control: no-store, whatever its status and whoever produced it (our
 * resources, the security layer, the body-size route).
 */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyApiAnswerShouldBeNoStoreAndNoSniff() {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        String clinician = TestTokens.staff("clinician");
        Map<String, Response> answers = new java.util.LinkedHashMap<>();
        answers.put("200 list", given().auth().oauth2(clinician).get("/api/v1/referrals"));
        answers.put("200 one", given().auth().oauth2(clinician).get("/api/v1/referrals/{id}", id));
        answers.put(
                "201 intake",
                given().auth()
                        .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                        .contentType(ContentType.JSON)
                        .body(ReferralBodies.partner())
                        .post("/api/v1/referrals"));
        answers.put(
                "400 invalid",
                given().auth().oauth2(clinician).queryParam("size", 0).get("/api/v1/referrals"));
        answers.put("401 no token", given().get("/api/v1/referrals/{id}", id));
        answers.put("401 bad token", given().auth().oauth2("not.a.token").get("/api/v1/referrals/{id}", id));
        answers.put(
                "403 role", given().auth().oauth2(TestTokens.staff("funder")).get("/api/v1/referrals"));
        answers.put("404 missing", given().auth().oauth2(clinician).get("/api/v1/referrals/{id}", UUID.randomUUID()));
        answers.put("404 no route", given().auth().oauth2(clinician).get("/api/v1/no-such-thing"));
        Map<String, Object> large = ReferralBodies.partner();
        large.put("details", "x".repeat(300 * 1024));
        answers.put(
                "413 too large",
                given().auth()
                        .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                        .contentType(ContentType.JSON)
                        .body(large)
                        .post("/api/v1/referrals"));
        answers.forEach((name, answer) -> {
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), name);
            assertEquals("no-store", answer.header("Cache-Control"), name);
        });
        assertEquals(413, answers.get("413 too large").statusCode());
        assertEquals(401, answers.get("401 bad token").statusCode());
    }

    @Test
    void everyOtherAnswerShouldBeNoSniff() {
        for (String path : new String[] {"/q/health/ready", "/q/openapi", "/no-such-page"}) {
            assertEquals("nosniff", given().get(path).header("X-Content-Type-Options"), path);
        }
    }
}
