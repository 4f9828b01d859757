package org.oxpip.referrals.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Api;
import org.oxpip.referrals.testing.Database;
import org.oxpip.referrals.testing.ReferralBodies;
import org.oxpip.referrals.testing.Sessions;

@QuarkusTest
class CaseloadResourceTest {

    private static final LocalDate RECEIVED = ReferralBodies.today().minusDays(200);

    private static String allocatedWaiting(String therapist) {
        String id = Api.submitAsStaff(RECEIVED);
        Api.move(id, "ACCEPTED", RECEIVED, null);
        Api.transition(
                        id,
                        Api.etag(id),
                        Map.of("to", "WAITING", "effectiveDate", RECEIVED.toString(), "allocatedTherapist", therapist))
                .statusCode(200);
        return id;
    }

    private static JsonPath caseload(String token, LocalDate from, LocalDate to) {
        return given().auth()
                .oauth2(token)
                .queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .when()
                .get("/api/v1/caseload")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /**
     * Hand-worked: therapist T has two episodes open in the period (one still open, one closed inside it) and
     * one closed before it; its sessions in the period are 2 attended, 1 did not attend, 1 cancelled by the
     * family, 1 cancelled by the service = 5; one deleted and one outside the period are not counted.
     */
    @Test
    void aManagerShouldSeeOpenEpisodesAndSessionsPerClinician() {
        String therapist = "Therapist " + System.nanoTime();
        LocalDate from = RECEIVED.plusDays(50);
        LocalDate to = RECEIVED.plusDays(100);

        String open = allocatedWaiting(therapist);
        Sessions.record(open, RECEIVED.plusDays(40), "ATTENDED"); // before the period
        Sessions.record(open, RECEIVED.plusDays(60), "ATTENDED");
        Sessions.record(open, RECEIVED.plusDays(61), "DID_NOT_ATTEND");
        Sessions.record(open, RECEIVED.plusDays(62), "CANCELLED_BY_FAMILY");
        String deleted = Sessions.record(open, RECEIVED.plusDays(63), "ATTENDED");
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "Entered twice"))
                .when()
                .delete("/api/v1/referrals/{id}/sessions/{s}", open, deleted)
                .then()
                .statusCode(204);

        String closedInside = allocatedWaiting(therapist);
        Sessions.record(closedInside, RECEIVED.plusDays(70), "ATTENDED");
        Sessions.record(closedInside, RECEIVED.plusDays(71), "CANCELLED_BY_SERVICE");
        Api.move(closedInside, "CLOSED", RECEIVED.plusDays(80), "COMPLETED");

        String closedBefore = allocatedWaiting(therapist);
        Api.move(closedBefore, "CLOSED", RECEIVED.plusDays(30), "DID_NOT_ENGAGE");

        long audited = Database.count("SELECT count(*) FROM audit_entry WHERE action = 'CASELOAD'");
        JsonPath answer = caseload(TestTokens.staff("manager"), from, to);
        assertEquals(from.toString(), answer.getString("from"));
        String mine = "clinicians.find { it.clinician == '" + therapist + "' }.";
        assertEquals(2, answer.getInt(mine + "openEpisodes"));
        assertEquals(5, answer.getInt(mine + "sessions"));
        assertEquals(2, answer.getInt(mine + "attended"));
        assertEquals(1, answer.getInt(mine + "didNotAttend"));
        assertEquals(1, answer.getInt(mine + "cancelledByFamily"));
        assertEquals(1, answer.getInt(mine + "cancelledByService"));
        assertEquals(audited + 1, Database.count("SELECT count(*) FROM audit_entry WHERE action = 'CASELOAD'"));

        assertEquals(2, caseload(TestTokens.staff("admin"), from, to).getInt(mine + "openEpisodes"));
    }

    @ParameterizedTest
    @CsvSource({"clinician", "funder", "referrer"})
    void noOneButManagersAndAdminsShouldSeeIt(String role) {
        String token = switch (role) {
            case "funder" -> TestTokens.funder("DIDCOT_POWERHOUSE");
            case "referrer" -> TestTokens.partner(TestTokens.AGENCY_A);
            default -> TestTokens.staff(role);
        };
        given().auth()
                .oauth2(token)
                .queryParam("from", "2024-01-01")
                .queryParam("to", "2024-12-31")
                .when()
                .get("/api/v1/caseload")
                .then()
                .statusCode(403);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "from=2024-01-01 | to",
                "to=2024-01-01 | from",
                "from=2024-13-01&to=2024-12-31 | from",
                "from=2024-12-31&to=2024-01-01 | from",
                "from=soon&to=later | from,to"
            })
    void aBadPeriodShouldBeNamed(String query, String fields) {
        given().auth()
                .oauth2(TestTokens.staff("manager"))
                .when()
                .get("/api/v1/caseload?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains((Object[]) fields.split(",")))
                .body(not(containsString("soon")))
                .body(not(containsString("13-01")));
    }
}
