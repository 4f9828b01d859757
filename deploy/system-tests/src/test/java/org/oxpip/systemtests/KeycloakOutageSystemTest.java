package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.stack.DemoRealm;
import org.oxpip.stack.LocalStack.Part;
import org.oxpip.stack.StackException;

/**
 * Issue 6, case 6, Keycloak's part: while Keycloak is down, tokens it already issued keep working (the services
 * hold its keys), bad tokens are still refused promptly, and new logins fail cleanly; afterwards all is as before.
 */
@ExtendWith(RunningStack.class)
class KeycloakOutageSystemTest {

    @Test
    void issuedTokensShouldKeepWorkingAndNewLoginsFailCleanlyWhileKeycloakIsDown() {
        assumeFalse(RunningStack.attached(), "stops part of the stack: not on a stack somebody else started");
        // Fresh tokens, each used once so that every service has the realm's keys.
        String partner = RunningStack.stack().tokens().clientCredentials(DemoRealm.PARTNER_AGENCY_A);
        String clinician = RunningStack.stack().tokens().password(DemoRealm.CLINICIAN);
        String manager = RunningStack.stack().tokens().password(DemoRealm.MANAGER);
        String forged = ForgedTokens.signedByAnotherKey(
                ForgedTokens.everythingClaims(Instant.now().plusSeconds(300)));
        String id = Referrals.submit(partner, Families.partnerReferral());
        given().auth()
                .oauth2(clinician)
                .when()
                .get(Measures.url("/instruments"))
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(manager)
                .when()
                .get(RunningStack.stack().reportingUrl() + "/api/v1/sync/status")
                .then()
                .statusCode(200);

        long t0 = System.nanoTime();
        RunningStack.stack().stop(Part.KEYCLOAK);
        try {
            Referrals.submit(partner, Families.partnerReferral());
            given().auth()
                    .oauth2(clinician)
                    .when()
                    .get(Referrals.url("/referrals/" + id))
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(clinician)
                    .when()
                    .get(Measures.url("/instruments"))
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(manager)
                    .when()
                    .get(RunningStack.stack().reportingUrl() + "/api/v1/sync/status")
                    .then()
                    .statusCode(200);
            for (String service : new String[] {
                Referrals.url("/referrals"),
                Measures.url("/instruments"),
                RunningStack.stack().reportingUrl() + "/api/v1/sync/status"
            }) {
                long asked = System.nanoTime();
                given().auth().oauth2(forged).when().get(service).then().statusCode(401);
                given().auth().oauth2("garbage").when().get(service).then().statusCode(401);
                double seconds = (System.nanoTime() - asked) / 1e9;
                assertTrue(seconds < 10, service + " took " + seconds + " s to refuse bad tokens");
            }
            // No new login: because Keycloak cannot be reached, not for any other failure (a wrong password, a
            // bug in the token helper) that would pass an assertion on "some exception".
            StackException refused = assertThrows(
                    StackException.class,
                    () -> RunningStack.stack().tokens().password(DemoRealm.ADMIN),
                    "no new login while Keycloak is down");
            assertTrue(
                    refused.getCause() instanceof java.io.IOException,
                    "the login failed because Keycloak could not be reached: " + refused);
        } finally {
            RunningStack.stack().start(Part.KEYCLOAK);
        }
        System.out.printf(
                "Outage: Keycloak down and back in %.0f s; issued tokens worked throughout%n",
                (System.nanoTime() - t0) / 1e9);
        String afterwards = RunningStack.stack().tokens().password(DemoRealm.CLINICIAN);
        given().auth()
                .oauth2(afterwards)
                .when()
                .get(Measures.url("/instruments"))
                .then()
                .statusCode(200);
        assertEquals(
                200,
                given().auth()
                        .oauth2(RunningStack.stack().tokens().clientCredentials(DemoRealm.PARTNER_AGENCY_B))
                        .when()
                        .get(Referrals.url("/referrals"))
                        .statusCode());
    }
}
