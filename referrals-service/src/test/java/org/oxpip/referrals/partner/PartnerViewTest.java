package org.oxpip.referrals.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Api;
import org.oxpip.referrals.testing.ReferralBodies;

/**
 * A partner agency's reads of its own referral carry none of the staff-only fields, on every route a
 * referrer may use; staff still see them all. The routes are taken from the live OpenAPI document,
 * so a new referrer route without a check here fails the build.
 */
@QuarkusTest
class PartnerViewTest {

    /** Fields a partner must never receive, at any depth of a referral or a history entry. */
    static final Set<String> STAFF_ONLY =
            Set.of("possibleDuplicate", "allocatedTherapist", "reason", "actor", "actorRole");

    /** Everything a partner may see of a history step. */
    static final Set<String> PARTNER_HISTORY = Set.of("from", "to", "effectiveDate", "closureReason", "recordedAt");

    /** Every operation open to the referrer role, each checked below. */
    static final Set<String> REFERRER_ROUTES = Set.of(
            "POST /api/v1/referrals",
            "GET /api/v1/referrals",
            "GET /api/v1/referrals/{id}",
            "GET /api/v1/referrals/{id}/history",
            // The FHIR routes (issue 21): their partner view (no duplicate flag, notes or therapist) is
            // checked in fhir.FhirResourceTest; the CapabilityStatement holds no referral.
            "POST /fhir/r4/ServiceRequest",
            "GET /fhir/r4/ServiceRequest/{id}",
            "GET /fhir/r4/metadata");

    private static final String STAFF_NOTE = "Staff note: mother disclosed history with social care";
    private static final String THERAPIST = "Dr Prudence Staffonly";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyReferrerRouteShouldAnswerThePartnerViewWithoutStaffOnlyFields() throws Exception {
        String partner = TestTokens.partner(TestTokens.AGENCY_A);
        String key = "partner-view-" + UUID.randomUUID();
        Map<String, Object> body = ReferralBodies.partner();
        Api.submitAsPartner(TestTokens.AGENCY_B); // the same family, known to another agency: a possible duplicate

        String created = given().auth()
                .oauth2(partner)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .asString();
        String id = json.readTree(created).path("id").asText();
        assertPartnerReferral("201 intake", created);
        assertEquals(
                ReferralBodies.NHS_NUMBER,
                json.readTree(created).path("parents").path(0).path("nhsNumber").asText(),
                "the partner sees what it sent");
        String replay = given().auth()
                .oauth2(partner)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertPartnerReferral("200 intake replay", replay);

        // Staff work on it: a free-text reason, a therapist, an actor in the history.
        Api.transition(id, Api.etag(id), Map.of("to", "ACCEPTED", "reason", STAFF_NOTE))
                .statusCode(200);
        Api.transition(id, Api.etag(id), Map.of("to", "WAITING", "allocatedTherapist", THERAPIST))
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/referrals/{id}", id)
                .then()
                .body("possibleDuplicate", equalTo(true))
                .body("allocatedTherapist", equalTo(THERAPIST));
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/referrals/{id}/history", id)
                .then()
                .body("reason", hasItem(STAFF_NOTE))
                .body("actor", hasItem("clinician"));

        String one = given().auth()
                .oauth2(partner)
                .when()
                .get("/api/v1/referrals/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("WAITING"))
                .extract()
                .asString();
        assertPartnerReferral("GET one", one);

        String list = given().auth()
                .oauth2(partner)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .extract()
                .asString();
        for (JsonNode item : json.readTree(list).path("items")) {
            assertPartnerReferral("GET list item", item.toString());
        }

        String history = given().auth()
                .oauth2(partner)
                .when()
                .get("/api/v1/referrals/{id}/history", id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode steps = json.readTree(history);
        assertEquals(3, steps.size());
        assertEquals(Set.of(), staffOnlyFieldsIn(steps), "history");
        for (JsonNode step : steps) {
            assertTrue(PARTNER_HISTORY.containsAll(fieldNames(step)), "history step fields: " + fieldNames(step));
        }
        assertFalse(history.contains(STAFF_NOTE) || history.contains("clinician"), "history leaks staff text");
    }

    @Test
    void everyReferrerRouteShouldBeCheckedHere() throws Exception {
        String document = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Set<String> open = new TreeSet<>();
        json.readTree(document)
                .path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    String roles = op.getValue().path("description").asText("").split("\\. ", 2)[0];
                    if (roles.matches("(?s).*\\breferrer\\b.*")) {
                        open.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        assertEquals(new TreeSet<>(REFERRER_ROUTES), open);
    }

    private void assertPartnerReferral(String route, String body) throws Exception {
        JsonNode referral = json.readTree(body);
        assertEquals(Set.of(), staffOnlyFieldsIn(referral), route);
        assertFalse(body.contains(STAFF_NOTE) || body.contains(THERAPIST), route + " leaks staff text");
        assertTrue(referral.has("eligibility") && referral.has("status") && referral.has("reference"), route);
    }

    private static Set<String> staffOnlyFieldsIn(JsonNode node) {
        Set<String> found = new TreeSet<>();
        List<JsonNode> pending = new ArrayList<>(List.of(node));
        while (!pending.isEmpty()) {
            JsonNode next = pending.remove(pending.size() - 1);
            next.fields().forEachRemaining(field -> {
                if (STAFF_ONLY.contains(field.getKey())) {
                    found.add(field.getKey());
                }
            });
            next.elements().forEachRemaining(pending::add);
        }
        return found;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
