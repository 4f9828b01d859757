package org.oxpip.referrals.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Api;
import org.oxpip.referrals.testing.Database;
import org.oxpip.referrals.testing.ReferralBodies;

@QuarkusTest
class FhirResourceTest {

    private static final FhirFormat FHIR = new FhirFormat();

    private static String json(Bundle bundle) {
        return FHIR.write(bundle);
    }

    private static ValidatableResponse post(String token, String body, String contentType) {
        return given().auth()
                .oauth2(token)
                .contentType(contentType)
                .body(body)
                .when()
                .post("/fhir/r4/ServiceRequest")
                .then();
    }

    private static ValidatableResponse postAsPartner(String body) {
        return post(TestTokens.partner(TestTokens.AGENCY_A), body, FhirFormat.JSON);
    }

    private static ValidatableResponse read(String token, String id) {
        return given().auth()
                .oauth2(token)
                .accept(FhirFormat.JSON)
                .when()
                .get("/fhir/r4/ServiceRequest/" + id)
                .then();
    }

    private static void assertValidR4(String json) {
        assertEquals(List.of(), CoreValidator.errors(json), json);
    }

    @Test
    void aPartnersBundleShouldBeRecordedAndAnsweredWithItsServiceRequest() {
        ExtractableResponse<Response> created = postAsPartner(json(ReferralBundles.partner()))
                .statusCode(201)
                .contentType(startsWith(FhirFormat.JSON))
                .header("Location", containsString("/fhir/r4/ServiceRequest/"))
                .body("resourceType", equalTo("ServiceRequest"))
                .body("status", equalTo("active"))
                .body("intent", equalTo("order"))
                .body("meta.tag.code", hasItem("RECEIVED"))
                .body("reasonCode.coding.code.flatten()", hasItems("366979004", "LOW_MOOD", "BONDING_DIFFICULTY"))
                .body("contained[0].identifier[0].system", equalTo(FhirCodes.NHS_NUMBER))
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/fhir/r4/ServiceRequest/" + id));
        assertValidR4(created.asString());

        // The same referral through the JSON API: the partner's agency from its token, the same intake.
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .get("/api/v1/referrals/" + id)
                .then()
                .statusCode(200)
                .body("agencyId", equalTo("agency-a"))
                .body("sourceType", equalTo("HEALTH_VISITOR"))
                .body("area", equalTo("OX11"))
                .body("eligibility.eligible", equalTo(true))
                .body("parents[0].nhsNumber", equalTo(ReferralBodies.NHS_NUMBER))
                .body("concerns", equalTo(List.of("LOW_MOOD", "BONDING_DIFFICULTY")));

        String read = read(TestTokens.partner(TestTokens.AGENCY_A), id)
                .statusCode(200)
                .body("id", equalTo(id))
                .extract()
                .asString();
        assertValidR4(read);
        // Staff see it too (with the duplicate flag when there is one); another agency does not.
        read(TestTokens.staff("manager"), id).statusCode(200);
        read(TestTokens.partner(TestTokens.AGENCY_B), id)
                .statusCode(404)
                .contentType(startsWith(FhirFormat.JSON))
                .body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void theStatusShouldFollowTheWorkflow() {
        String id = postAsPartner(json(ReferralBundles.partner()))
                .statusCode(201)
                .extract()
                .path("id");
        Api.move(id, "DECLINED", ReferralBodies.today(), null);
        String read = read(TestTokens.partner(TestTokens.AGENCY_A), id)
                .statusCode(200)
                .body("status", equalTo("revoked"))
                .body("meta.tag.code", hasItem("DECLINED"))
                .extract()
                .asString();
        assertValidR4(read);
    }

    @Test
    void aPregnancyPlainJsonAndACollectionShouldBeTakenToo() {
        Bundle bundle = ReferralBundles.pregnancy();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.getEntry().forEach(e -> e.setRequest(null));
        post(TestTokens.partner(TestTokens.AGENCY_A), json(bundle), "application/json")
                .statusCode(201)
                .body("resourceType", equalTo("ServiceRequest"));
    }

    @Test
    void aRetryShouldAnswerTheOriginalByBundleIdentifierOrHeader() {
        Bundle bundle = ReferralBundles.partner();
        bundle.getIdentifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + UUID.randomUUID());
        String first = postAsPartner(json(bundle)).statusCode(201).extract().path("id");
        String again = postAsPartner(json(bundle)).statusCode(200).extract().path("id");
        assertEquals(first, again);

        // The same key with another referral: 409, nothing stored.
        ReferralBundles.mother(bundle).getNameFirstRep().setFamily("Otherfamily");
        Map<String, Long> before = Database.rowCounts();
        postAsPartner(json(bundle))
                .statusCode(409)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("conflict"));
        assertEquals(before, Database.rowCounts());

        String key = "fhir-" + UUID.randomUUID();
        String byHeader = given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .contentType(FhirFormat.JSON)
                .header("Idempotency-Key", key)
                .body(json(ReferralBundles.partner()))
                .post("/fhir/r4/ServiceRequest")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .contentType(FhirFormat.JSON)
                .header("Idempotency-Key", key)
                .body(json(ReferralBundles.partner()))
                .post("/fhir/r4/ServiceRequest")
                .then()
                .statusCode(200)
                .body("id", equalTo(byHeader));
    }

    /** A bad Bundle: its OperationOutcome's expressions, and nothing stored. */
    private static String refused(String body, int status, String... expressions) {
        Map<String, Long> before = Database.rowCounts();
        String outcome = postAsPartner(body)
                .statusCode(status)
                .contentType(startsWith(FhirFormat.JSON))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue.severity", hasItem("error"))
                .extract()
                .asString();
        if (expressions.length > 0) {
            assertEquals(
                    List.of(expressions),
                    FhirProblem.expressions(FHIR.read(org.hl7.fhir.r4.model.OperationOutcome.class, outcome)));
        }
        assertEquals(before, Database.rowCounts(), "nothing stored");
        assertValidR4(outcome);
        return outcome;
    }

    @Test
    void badBundlesShouldAnswerOperationOutcomesAndStoreNothing() {
        Bundle noConsent = ReferralBundles.partner();
        noConsent.getEntry().remove(3);
        refused(json(noConsent), 422, "Bundle.entry.resource.ofType(Consent)");

        Bundle refusedConsent = ReferralBundles.partner();
        ReferralBundles.resource(refusedConsent, Consent.class).setStatus(Consent.ConsentState.REJECTED);
        refused(json(refusedConsent), 422, "Bundle.entry[3].resource.status");

        Bundle wrongCheckDigit = ReferralBundles.partner();
        ReferralBundles.mother(wrongCheckDigit).getIdentifierFirstRep().setValue("9434765918");
        String outcome = refused(json(wrongCheckDigit), 422, "Bundle.entry[1].resource.identifier[0].value");
        assertFalse(outcome.contains("9434765918"), outcome);

        Bundle otherAgency = ReferralBundles.partner();
        ReferralBundles.resource(otherAgency, Organization.class)
                .getIdentifierFirstRep()
                .setValue("agency-b");
        outcome = refused(json(otherAgency), 422, "Bundle.entry[6].resource.identifier[0]");
        assertFalse(outcome.contains("agency-b"), outcome);

        Bundle noName = ReferralBundles.partner();
        ReferralBundles.mother(noName).getName().clear();
        refused(json(noName), 422, "Bundle.entry[1].resource.name[0].family", "Bundle.entry[1].resource.name[0].given");

        Bundle badName = ReferralBundles.partner();
        ReferralBundles.mother(badName).getNameFirstRep().setFamily("<script>");
        outcome = refused(json(badName), 422, "Bundle.entry[1].resource.name[0].family");
        assertFalse(outcome.contains("script"), outcome);

        Bundle noReason = ReferralBundles.partner();
        ReferralBundles.serviceRequest(noReason).getReasonCode().clear();
        refused(json(noReason), 422, "Bundle.entry[0].resource.reasonCode");
    }

    @Test
    void unreadableBodiesShouldAnswer400() {
        String valid = json(ReferralBundles.partner());
        refused(valid.substring(0, valid.length() - 10), 400, "Bundle");
        refused("{\"resourceType\": \"Bundle\", \"type\": \"transaction\", \"agencyId\": \"agency-b\"}", 400);
        refused("{}", 400);
        refused(valid.replace('"', '\''), 400, "Bundle"); // single quotes: not JSON, though HAPI's reader takes them
        refused("/* hi */" + valid, 400, "Bundle");
        refused("", 400);
        refused(
                FHIR.write(new ServiceRequest()
                        .setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE)
                        .setIntent(ServiceRequest.ServiceRequestIntent.ORDER)),
                400,
                "Bundle");
        // Not UTF-8: the platform's refusal, as an OperationOutcome.
        Map<String, Long> before = Database.rowCounts();
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .contentType(FhirFormat.JSON)
                .body(new byte[] {'{', (byte) 0xC0, (byte) 0xAF, '}'})
                .post("/fhir/r4/ServiceRequest")
                .then()
                .statusCode(400)
                .contentType(startsWith(FhirFormat.JSON))
                .body("resourceType", equalTo("OperationOutcome"));
        assertEquals(before, Database.rowCounts());
    }

    @Test
    void aBundleOverTheBodyLimitShouldBeRefusedUnread() {
        Bundle big = ReferralBundles.partner();
        ReferralBundles.serviceRequest(big).getNoteFirstRep().setText("a".repeat(2_000_000));
        refused(json(big), 413);
    }

    @Test
    void staffShouldEnterAFhirReferralWithItsSourceAndSeeDuplicates() {
        postAsPartner(json(ReferralBundles.partner())).statusCode(201); // the same mother, still open
        Bundle bundle = ReferralBundles.partner();
        ReferralBundles.resource(bundle, Organization.class).getIdentifier().clear();
        ReferralBundles.serviceRequest(bundle)
                .setAuthoredOnElement(new org.hl7.fhir.r4.model.DateTimeType(
                        ReferralBodies.today().minusDays(2).toString()));
        String staffJson = post(TestTokens.staff("clinician"), json(bundle), FhirFormat.JSON)
                .statusCode(201)
                .body("authoredOn", equalTo(ReferralBodies.today().minusDays(2).toString()))
                .body("meta.tag.code", hasItem("POSSIBLE_DUPLICATE"))
                .extract()
                .asString();
        assertValidR4(staffJson);
    }

    /**
     * A token's refusal on a FHIR route is an OperationOutcome too (the platform's problem turned by
     * FhirRefusals): one error issue, FHIR's code for it, our words, no problem document and no stack trace.
     */
    private static void assertRefusedAsOutcome(ValidatableResponse response, int status, String code) {
        String answer = response.statusCode(status)
                .contentType(startsWith(FhirFormat.JSON))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue.size()", equalTo(1))
                .body("issue[0].severity", equalTo("error"))
                .body("issue[0].code", equalTo(code))
                .body("issue[0].diagnostics", not(emptyOrNullString()))
                .extract()
                .asString();
        assertFalse(answer.contains("\"type\""), answer);
        assertFalse(answer.contains("\"title\""), answer);
        assertFalse(answer.contains("Exception"), answer);
        assertFalse(answer.contains("\tat "), answer);
        assertValidR4(answer);
    }

    @Test
    void rolesShouldBeTheJsonApis() {
        String body = json(ReferralBundles.partner());
        post(TestTokens.staff("manager"), body, FhirFormat.JSON).statusCode(403);
        post(TestTokens.staff("funder"), body, FhirFormat.JSON).statusCode(403);
        given().contentType(FhirFormat.JSON)
                .body(body)
                .post("/fhir/r4/ServiceRequest")
                .then()
                .statusCode(401);
        read(TestTokens.staff("funder"), UUID.randomUUID().toString()).statusCode(403);
        read(TestTokens.staff("admin"), UUID.randomUUID().toString())
                .statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"));
        read(TestTokens.staff("admin"), "not-an-id").statusCode(404);
    }

    @Test
    void aTokensRefusalsShouldBeOperationOutcomesOnEveryFhirRoute() {
        String body = json(ReferralBundles.partner());
        String id = UUID.randomUUID().toString();
        Map<String, Long> before = Database.rowCounts();
        // No token: 401, FHIR's "login".
        assertRefusedAsOutcome(
                given().contentType(FhirFormat.JSON)
                        .body(body)
                        .when()
                        .post("/fhir/r4/ServiceRequest")
                        .then(),
                401,
                "login");
        assertRefusedAsOutcome(
                given().accept(FhirFormat.JSON)
                        .when()
                        .get("/fhir/r4/ServiceRequest/" + id)
                        .then(),
                401,
                "login");
        assertRefusedAsOutcome(given().when().get("/fhir/r4/metadata").then(), 401, "login");
        assertRefusedAsOutcome(
                given().auth()
                        .oauth2("not-a-token")
                        .when()
                        .get("/fhir/r4/metadata")
                        .then(),
                401,
                "login");
        // A role the route does not take: 403, FHIR's "forbidden".
        assertRefusedAsOutcome(post(TestTokens.staff("manager"), body, FhirFormat.JSON), 403, "forbidden");
        assertRefusedAsOutcome(post(TestTokens.staff("funder"), body, FhirFormat.JSON), 403, "forbidden");
        assertRefusedAsOutcome(read(TestTokens.staff("funder"), id), 403, "forbidden");
        assertRefusedAsOutcome(
                given().auth()
                        .oauth2(TestTokens.staff("funder"))
                        .accept(MediaType.APPLICATION_JSON)
                        .when()
                        .get("/fhir/r4/metadata")
                        .then(),
                403,
                "forbidden");
        // Nothing was stored by a refused submission.
        assertEquals(before, Database.rowCounts(), "nothing stored");
    }

    @Test
    void theJsonApisTokenRefusalsShouldStayProblemDocuments() {
        given().when()
                .get("/api/v1/referrals/" + UUID.randomUUID())
                .then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void theCapabilityStatementShouldListExactlyWhatIsSupported() {
        String statement = given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .get("/fhir/r4/metadata")
                .then()
                .statusCode(200)
                .contentType(startsWith(FhirFormat.JSON))
                .body("resourceType", equalTo("CapabilityStatement"))
                .body("fhirVersion", equalTo("4.0.1"))
                .body("rest[0].resource.type", equalTo(List.of("ServiceRequest")))
                .body("rest[0].resource[0].interaction.code", equalTo(List.of("create", "read")))
                .extract()
                .asString();
        assertValidR4(statement);
    }
}
