package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.stack.Service;

/**
 * Issue 12, the smaller gaps, on the real stack: every alert read is audited by its id; outcomes-service's
 * service role reads a referral's status and nothing more; a partner token without an agency is refused; the
 * audit trail cannot be changed even by the service's own database user; answers carry {@code nosniff}, and
 * API answers {@code Cache-Control: no-store}.
 */
@ExtendWith(RunningStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessGapsSystemTest {

    private FamilyInCare family;

    @BeforeAll
    void aFamilyInCare() {
        family = FamilyInCare.create();
    }

    @Test
    void listingAlertsShouldAuditEveryAlertReadByItsId() {
        List<Map<String, Object>> alerts = given().auth()
                .oauth2(Tokens.clinician())
                .queryParam("status", "OPEN")
                .queryParam("size", 5)
                .when()
                .get(Measures.url("/alerts"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertTrue(alerts.size() > 0, "the family's alert is open");
        for (Map<String, Object> alert : alerts) {
            long rows = Tables.count(
                    Service.OUTCOMES,
                    "SELECT count(*) FROM audit_entry WHERE record_id = '" + alert.get("id")
                            + "' AND at > now() - interval '5 minutes'");
            assertTrue(rows >= 1, "no audit row names alert " + alert.get("id"));
        }
    }

    @Test
    void theServiceRoleShouldReadTheStatusAndNothingMore() {
        String token = Caller.OUTCOMES_SERVICE.token();
        given().auth()
                .oauth2(token)
                .when()
                .get(Referrals.url("/referrals/" + family.referralId() + "/status"))
                .then()
                .statusCode(200)
                .contentType("application/json");
        for (String path : List.of(
                "/referrals/" + family.referralId(), "/referrals/" + family.referralId() + "/history", "/referrals")) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(Referrals.url(path))
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aPartnerTokenWithoutAnAgencyShouldBeRefusedAndStoreNothing() {
        String token = KeycloakAdmin.tokenOfClientWithoutAgency("systest-referrer-without-agency", "referrer");
        Map<String, Long> rows = Tables.rowCounts(Service.REFERRALS);
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Families.partnerReferral())
                .when()
                .post(Referrals.url("/referrals"))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        for (String path : List.of(
                "/referrals", "/referrals/" + family.referralId(), "/referrals/" + family.referralId() + "/history")) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(Referrals.url(path))
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        assertEquals(rows, Tables.rowCounts(Service.REFERRALS), "nothing stored, not even an audit entry");
    }

    @Test
    void theAuditTrailShouldRefuseUpdateAndDeleteInTheDatabase() {
        List<String> accepted = new ArrayList<>();
        for (Service service : List.of(Service.REFERRALS, Service.OUTCOMES)) {
            long before = Tables.count(service, "SELECT count(*) FROM audit_entry");
            assertTrue(before > 0, service + " has audit rows");
            for (String sql : List.of("UPDATE audit_entry SET actor = 'someone else'", "DELETE FROM audit_entry")) {
                SQLException refused = Tables.refusal(service, sql);
                if (refused == null) {
                    accepted.add(service + ": " + sql);
                }
            }
            assertEquals(before, Tables.count(service, "SELECT count(*) FROM audit_entry"), service + " audit rows");
        }
        assertEquals(List.of(), accepted, "statements the database carried out on the audit trail");
    }

    @Test
    void answersShouldCarryNosniffAndApiAnswersNoStore() {
        List<String> wrong = new ArrayList<>();
        String referral = family.referralId();
        Map<String, String> api = Map.of(
                Referrals.url("/referrals/" + referral),
                Tokens.clinician(),
                Measures.url("/assessments/" + family.assessmentId()),
                Tokens.clinician(),
                Measures.url("/referrals/" + referral + "/outcomes"),
                Tokens.clinician(),
                RunningStack.stack().reportingUrl() + "/api/v1/sync/status",
                Tokens.admin());
        api.forEach((url, token) -> {
            check(wrong, url, given().auth().oauth2(token).when().get(url), true);
            check(wrong, url + " without a token", given().when().get(url), true);
        });
        for (String base : List.of(
                RunningStack.stack().referralsUrl(),
                RunningStack.stack().outcomesUrl(),
                RunningStack.stack().reportingUrl())) {
            check(wrong, base + "/q/health/ready", given().when().get(base + "/q/health/ready"), false);
        }
        assertEquals(List.of(), wrong);
    }

    private static void check(List<String> wrong, String what, Response response, boolean noStore) {
        String nosniff = response.header("X-Content-Type-Options");
        if (!"nosniff".equalsIgnoreCase(nosniff)) {
            wrong.add(what + " (" + response.statusCode() + "): X-Content-Type-Options " + nosniff);
        }
        String cache = response.header("Cache-Control");
        if (noStore && (cache == null || !cache.contains("no-store"))) {
            wrong.add(what + " (" + response.statusCode() + "): Cache-Control " + cache);
        }
        assertNotNull(response.statusLine());
    }
}
