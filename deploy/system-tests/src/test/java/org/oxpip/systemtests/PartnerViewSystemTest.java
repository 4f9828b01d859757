package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12: a partner agency reads its own referral by every route it has, and never learns what is for staff
 * only: whether the person is known to another service (possibleDuplicate), the staff's free-text reasons, who
 * on the staff did what, the therapist. Staff still see all of it. The referral is made to carry every one of
 * those fields first: a second agency already referred the same parent, a clinician moved it with a reason and
 * allocated a therapist.
 */
@ExtendWith(RunningStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerViewSystemTest {

    /** Fields a partner must never receive, at any depth of any answer. */
    static final Set<String> STAFF_ONLY =
            Set.of("possibleDuplicate", "allocatedTherapist", "reason", "actor", "actorRole");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String key = "partner-view-" + UUID.randomUUID();
    private final List<String> staffValues = new ArrayList<>();
    private Map<String, Object> body;
    private String id;
    private Response created;
    private String sessionId;

    @BeforeAll
    void aReferralCarryingEveryStaffOnlyField() {
        Families.Parent parent = Families.parent("OX11");
        // Agency B referred the same parent first: agency A's referral is a possible duplicate.
        Referrals.submit(Tokens.partnerB(), Families.partnerReferral(parent));
        body = Families.partnerReferral(parent);
        created = given().auth()
                .oauth2(Tokens.partnerA())
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .when()
                .post(Referrals.url("/referrals"))
                .then()
                .statusCode(201)
                .extract()
                .response();
        id = created.path("id");
        Referrals.move(id, "ACCEPTED");
        String reason = "Discussed at triage with the perinatal team " + UUID.randomUUID();
        String therapist = "Therapist " + UUID.randomUUID();
        given().auth()
                .oauth2(Tokens.clinician())
                .header("If-Match", Referrals.etag(id))
                .contentType("application/json")
                .body(Map.of("to", "WAITING", "reason", reason, "allocatedTherapist", therapist))
                .when()
                .post(Referrals.url("/referrals/" + id + "/transitions"))
                .then()
                .statusCode(200);
        staffValues.add(reason);
        staffValues.add(therapist);
        // Issue 17: a session (not attended, so the referral stays WAITING) with a note partners never see.
        String note = "Session note for staff only " + UUID.randomUUID();
        sessionId = Sessions.record(id, Families.today(), "DID_NOT_ATTEND", note);
        staffValues.add(note);
    }

    /** Sessions and equality monitoring are staff's: a partner is refused them on its own referral. */
    @Test
    void thePartnerShouldSeeNoSessionsAndNoMonitoring() {
        for (String path : List.of(
                "/referrals/" + id + "/sessions",
                "/referrals/" + id + "/sessions/" + sessionId,
                "/referrals/" + id + "/sessions/" + sessionId + "/history",
                "/referrals/" + id + "/parents/1/monitoring")) {
            String answer = given().auth()
                    .oauth2(Tokens.partnerA())
                    .when()
                    .get(Referrals.url(path))
                    .then()
                    .statusCode(403)
                    .extract()
                    .asString();
            assertFalse(answer.contains(staffValues.get(2)), path + " answered " + answer);
        }
        given().auth()
                .oauth2(Tokens.clinician())
                .when()
                .get(Referrals.url("/referrals/" + id + "/sessions"))
                .then()
                .statusCode(200);
    }

    @Test
    void staffShouldSeeEveryStaffOnlyField() throws Exception {
        JsonNode referral = JSON.readTree(given().auth()
                .oauth2(Tokens.clinician())
                .when()
                .get(Referrals.url("/referrals/" + id))
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertTrue(referral.path("possibleDuplicate").asBoolean(), "staff see the duplicate flag: " + referral);
        assertEquals(staffValues.get(1), referral.path("allocatedTherapist").asText());
        String history = given().auth()
                .oauth2(Tokens.clinician())
                .when()
                .get(Referrals.url("/referrals/" + id + "/history"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(history.contains(staffValues.get(0)), "staff see the reasons: " + history);
        assertTrue(history.contains("\"actor\""), "staff see who did it: " + history);
    }

    @Test
    void theIntakeAnswerShouldCarryNoStaffOnlyField() throws Exception {
        assertPartnerView("POST /referrals (201)", created.asString());
    }

    @Test
    void theRetriedIntakeShouldCarryNoStaffOnlyField() throws Exception {
        String replay = given().auth()
                .oauth2(Tokens.partnerA())
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .when()
                .post(Referrals.url("/referrals"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertPartnerView("POST /referrals, same Idempotency-Key (200)", replay);
    }

    @Test
    void theReferralShouldCarryNoStaffOnlyField() throws Exception {
        String referral = given().auth()
                .oauth2(Tokens.partnerA())
                .when()
                .get(Referrals.url("/referrals/" + id))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertPartnerView("GET /referrals/{id}", referral);
        JsonNode json = JSON.readTree(referral);
        assertEquals("WAITING", json.path("status").asText(), "the partner sees the status");
        assertFalse(json.path("reference").asText().isEmpty(), "and the reference");
    }

    @Test
    void theListShouldCarryNoStaffOnlyField() throws Exception {
        String list = given().auth()
                .oauth2(Tokens.partnerA())
                .queryParam("size", 100)
                .when()
                .get(Referrals.url("/referrals"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(list.contains(id), "the partner's own referral is listed");
        assertPartnerView("GET /referrals", list);
    }

    @Test
    void theHistoryShouldCarryNoStaffOnlyField() throws Exception {
        String history = given().auth()
                .oauth2(Tokens.partnerA())
                .when()
                .get(Referrals.url("/referrals/" + id + "/history"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertPartnerView("GET /referrals/{id}/history", history);
        assertTrue(history.contains("WAITING"), "the partner sees the status dates: " + history);
    }

    private void assertPartnerView(String route, String answer) throws Exception {
        List<String> leaks = new ArrayList<>();
        collectStaffOnly(JSON.readTree(answer), "$", leaks);
        for (String value : staffValues) {
            if (answer.contains(value)) {
                leaks.add("the value '" + value + "'");
            }
        }
        System.out.printf(
                "Partner view: %s checked for %d staff-only fields: %d found%n",
                route, STAFF_ONLY.size(), leaks.size());
        assertEquals(List.of(), leaks, route + " answered " + answer);
    }

    private static void collectStaffOnly(JsonNode node, String path, List<String> leaks) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (STAFF_ONLY.contains(field.getKey())) {
                    leaks.add(path + "." + field.getKey());
                }
                collectStaffOnly(field.getValue(), path + "." + field.getKey(), leaks);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectStaffOnly(node.get(i), path + "[" + i + "]", leaks);
            }
        }
    }
}
