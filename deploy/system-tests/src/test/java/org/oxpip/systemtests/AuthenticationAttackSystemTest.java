package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.stack.DemoRealm;
import org.oxpip.stack.KeycloakTokens;
import org.oxpip.stack.Service;
import org.oxpip.systemtests.ApiDocuments.Endpoint;
import org.oxpip.systemtests.EndpointCalls.Call;

/**
 * Issue 6, case 1: every endpoint of every service refuses, with 401 and nothing stored, a request whose token
 * is missing, malformed, unsigned, signed by somebody else, tampered with, expired, from another issuer or for
 * another audience. Each request would change something with a good token (valid body, current If-Match), and
 * each bad token claims every role, so the token itself is the only reason to refuse.
 */
@ExtendWith(RunningStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthenticationAttackSystemTest {

    private static final int SHORT_LIFESPAN_SECONDS = 10;

    private final Map<String, Call> calls = new LinkedHashMap<>();
    private FamilyInCare family;
    private String expiringToken;
    private Map<String, Long> referralsRows;
    private Map<String, Long> outcomesRows;
    private int requests;

    @BeforeAll
    void aFamilyAndATokenAboutToExpire() {
        family = FamilyInCare.create();
        for (Endpoint e : ApiDocuments.all()) {
            calls.put(e.key(), EndpointCalls.effective(e, family));
        }
        // A real token, right issuer, right audience, every role: good for 10 seconds, as this shows.
        expiringToken = KeycloakAdmin.tokenOfClientWithEveryRole(
                "systest-short-lived", DemoRealm.AUDIENCE, SHORT_LIFESPAN_SECONDS);
        given().auth()
                .oauth2(expiringToken)
                .when()
                .get(Measures.url("/instruments"))
                .then()
                .statusCode(200);
        referralsRows = Tables.rowCounts(Service.REFERRALS);
        outcomesRows = Tables.rowCountsRequestsWrite(Service.OUTCOMES);
    }

    @Order(1)
    @TestFactory
    Stream<DynamicTest> badTokensShouldBeRefusedOnEveryEndpoint() {
        Map<String, String> attacks = attacks();
        List<DynamicTest> tests = new ArrayList<>();
        attacks.forEach((attack, token) -> calls.values()
                .forEach(call -> tests.add(
                        DynamicTest.dynamicTest(attack + ": " + call.endpoint().key(), () -> refused(call, token)))));
        System.out.printf(
                "Authentication attacks: %d kinds x %d endpoints = %d requests%n",
                attacks.size(), calls.size(), tests.size());
        return tests.stream();
    }

    @Order(2)
    @TestFactory
    Stream<DynamicTest> aRealTokenShouldBeRefusedOnEveryEndpointOnceExpired() throws InterruptedException {
        long exp = KeycloakTokens.claims(expiringToken).path("exp").asLong();
        long waitMillis = (exp + 2) * 1000 - System.currentTimeMillis();
        if (waitMillis > 0) {
            Thread.sleep(waitMillis);
        }
        System.out.printf(
                "Authentication attacks: a real token %d s after it expired, on %d endpoints%n",
                Instant.now().getEpochSecond() - exp, calls.size());
        return calls.values().stream()
                .map(call -> DynamicTest.dynamicTest(
                        "expired, real: " + call.endpoint().key(), () -> refused(call, expiringToken)));
    }

    @Order(3)
    @Test
    void nothingShouldHaveBeenStoredOrChanged() {
        assertEquals(referralsRows, Tables.rowCounts(Service.REFERRALS), "rows in referrals-service's tables");
        assertEquals(
                outcomesRows, Tables.rowCountsRequestsWrite(Service.OUTCOMES), "rows in outcomes-service's tables");
        // Counted before any of these reads, which are audited.
        assertEquals(
                "ACCEPTED",
                given().auth()
                        .oauth2(Tokens.clinician())
                        .when()
                        .get(Referrals.url("/referrals/" + family.referralId()))
                        .then()
                        .extract()
                        .path("status"));
        assertEquals(
                "\"0\"",
                given().auth()
                        .oauth2(Tokens.clinician())
                        .when()
                        .get(Measures.url("/assessments/" + family.assessmentId()))
                        .then()
                        .extract()
                        .header("ETag"),
                "the assessment's version");
        Alerts.find("OPEN", family.assessmentId());
        System.out.printf("Authentication attacks: %d requests refused, no row added anywhere%n", requests);
    }

    private Map<String, String> attacks() {
        ObjectNode everything = ForgedTokens.everythingClaims(Instant.now().plusSeconds(300));
        String anotherAudience = KeycloakAdmin.tokenOfClientWithEveryRole("systest-another-api", "another-api", 300);
        JsonNode audienceClaims = KeycloakTokens.claims(anotherAudience);
        assertFalse(
                audienceClaims.path("aud").toString().contains(DemoRealm.AUDIENCE),
                "aud " + audienceClaims.path("aud"));
        assertEquals(RunningStack.stack().issuer(), audienceClaims.path("iss").asText());
        String masterRealm = KeycloakAdmin.masterRealmToken();
        assertNotEquals(
                RunningStack.stack().issuer(),
                KeycloakTokens.claims(masterRealm).path("iss").asText());

        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("no token", null);
        attacks.put("garbage", "garbage");
        attacks.put("three random parts", UUID.randomUUID() + "." + UUID.randomUUID() + "." + UUID.randomUUID());
        attacks.put("alg none", ForgedTokens.unsigned(everything));
        attacks.put("signed by another key", ForgedTokens.signedByAnotherKey(everything));
        attacks.put(
                "HS256 keyed with the realm's public key",
                ForgedTokens.hmacWithTheRealmsPublicKey(everything, KeycloakAdmin.realmPublicKey()));
        attacks.put("real signature, payload changed", ForgedTokens.tampered(Tokens.partnerA(), everything));
        attacks.put(
                "expired, signed by another key",
                ForgedTokens.signedByAnotherKey(
                        ForgedTokens.everythingClaims(Instant.now().minusSeconds(600))));
        attacks.put("another issuer (Keycloak's master realm)", masterRealm);
        attacks.put("another audience (real oxpip token for another-api)", anotherAudience);
        return attacks;
    }

    private void refused(Call call, String token) {
        Response response = call.sendDeliberatelyBad(token);
        requests++;
        assertEquals(401, response.statusCode(), call.endpoint().key() + ": " + response.asString());
        assertTrue(
                response.contentType().startsWith(EndpointCalls.refusalMediaType(call.endpoint())),
                response.contentType());
    }
}
