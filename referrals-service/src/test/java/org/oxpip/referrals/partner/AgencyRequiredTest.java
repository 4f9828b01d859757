package org.oxpip.referrals.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Api;
import org.oxpip.referrals.testing.Database;
import org.oxpip.referrals.testing.ReferralBodies;

/**
 * A referrer token without agency_id is refused with 403 on every route of the live OpenAPI
 * document (in this rule's words wherever the referrer role would otherwise be let in), and nothing
 * is stored: no referral, no audit row, no idempotency key.
 */
@QuarkusTest
class AgencyRequiredTest {

    private static final String STORED = "SELECT (SELECT count(*) FROM referral) + (SELECT count(*) FROM audit_entry)"
            + " + (SELECT count(*) FROM idempotency_key) + (SELECT count(*) FROM referral_change)";

    @Test
    void referrerWithoutAgencyShouldBeRefusedEverywhereAndStoreNothing() throws Exception {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        Map<String, Boolean> routes = routes();
        assertTrue(routes.get("POST /api/v1/referrals"), "intake is among the referrer's routes: " + routes);
        long before = Database.count(STORED);
        String withoutAgency = TestTokens.token("service-account-partner-unknown")
                .roles("referrer")
                .sign();
        for (String token : new String[] {withoutAgency, TestTokens.partner(" ")}) {
            for (String route : routes.keySet()) {
                String[] parts = route.split(" ", 2);
                String path = parts[1].replace("{id}", id)
                        .replace("{referralId}", id)
                        .replace("{sessionId}", id)
                        .replace("{position}", "1");
                RequestSpecification request = given().auth()
                        .oauth2(token)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("If-Match", "\"0\"");
                if (parts[0].equals("POST")) {
                    request = request.contentType(ContentType.JSON)
                            .body(path.endsWith("/referrals") ? ReferralBodies.partner() : Map.of("to", "ACCEPTED"));
                }
                // Where the role alone refuses a referrer, that 403 may come first; elsewhere it is this rule's.
                if (path.startsWith("/fhir/")) {
                    // A FHIR route's refusal is an OperationOutcome with the same words (FhirRefusals).
                    request.when()
                            .request(parts[0], path)
                            .then()
                            .statusCode(403)
                            .contentType(startsWith("application/fhir+json"))
                            .body("resourceType", equalTo("OperationOutcome"))
                            .body("issue[0].code", equalTo("forbidden"))
                            .body(
                                    "issue[0].diagnostics",
                                    routes.get(route) ? containsString(AgencyRequired.DETAIL) : notNullValue());
                    continue;
                }
                request.when()
                        .request(parts[0], path)
                        .then()
                        .statusCode(403)
                        .contentType("application/problem+json")
                        .body("status", equalTo(403))
                        .body("type", equalTo("https://oxpip.org/problems/forbidden"))
                        .body("detail", routes.get(route) ? equalTo(AgencyRequired.DETAIL) : notNullValue());
            }
        }
        assertEquals(before, Database.count(STORED), "a refused request stored something");
    }

    @Test
    void referrerWithItsAgencyShouldStillSubmit() {
        Api.submitAsPartner(TestTokens.AGENCY_B);
    }

    /** Every route of the live document ("POST /api/v1/referrals"), and whether the referrer role may use it. */
    private static Map<String, Boolean> routes() throws Exception {
        String document = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Map<String, Boolean> routes = new LinkedHashMap<>();
        JsonNode paths = new ObjectMapper().readTree(document).path("paths");
        paths.fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    // The roles an operation allows open its description: "Roles: referrer (...), clinician."
                    String roles =
                            operation.getValue().path("description").asText().split("\\.", 2)[0];
                    boolean referrer = roles.startsWith("Role") && roles.contains("referrer");
                    routes.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), referrer);
                }));
        return routes;
    }
}
