package org.oxpip.referrals.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oxpip.referrals.testing.Api;
import org.oxpip.referrals.testing.Database;
import org.oxpip.referrals.testing.ReferralBodies;
import org.oxpip.referrals.testing.TestTokens;

/**
 * A referrer token without agency_id is refused with 403 on every route of the live OpenAPI
 * document, and nothing is stored: no referral, no audit row, no idempotency key.
 */
@QuarkusTest
class AgencyRequiredTest {

    private static final String STORED = "SELECT (SELECT count(*) FROM referral) + (SELECT count(*) FROM audit_entry)"
            + " + (SELECT count(*) FROM idempotency_key) + (SELECT count(*) FROM referral_change)";

    @Test
    void referrerWithoutAgencyShouldBeRefusedEverywhereAndStoreNothing() throws Exception {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        List<String> routes = routes();
        assertTrue(routes.contains("POST /api/v1/referrals"), "intake is among the routes: " + routes);
        long before = Database.count(STORED);
        for (String token : new String[] {TestTokens.referrerWithoutAgency(), TestTokens.partner(" ")}) {
            for (String route : routes) {
                String[] parts = route.split(" ", 2);
                String path = parts[1].replace("{id}", id).replace("{referralId}", id);
                RequestSpecification request = given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("If-Match", "\"0\"");
                if (parts[0].equals("POST")) {
                    request = request.contentType(ContentType.JSON).body(path.endsWith("/referrals")
                            ? ReferralBodies.partner() : java.util.Map.of("to", "ACCEPTED"));
                }
                request.when().request(parts[0], path).then()
                        .statusCode(403)
                        .contentType("application/problem+json")
                        .body("status", equalTo(403));
            }
        }
        assertEquals(before, Database.count(STORED), "a refused request stored something");
    }

    @Test
    void referrerWithItsAgencyShouldStillSubmit() {
        Api.submitAsPartner(TestTokens.AGENCY_B);
    }

    private static List<String> routes() throws Exception {
        String document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        List<String> routes = new ArrayList<>();
        JsonNode paths = new ObjectMapper().readTree(document).path("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return routes;
    }
}
