package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.stack.Service;

/**
 * Issue 21: a referral in as FHIR through the whole stack (Keycloak's tokens, the real service and its
 * database), and the same referral out through the JSON API and through FHIR; another agency sees none of
 * it; bad Bundles answer OperationOutcomes and store nothing.
 */
@ExtendWith(RunningStack.class)
class FhirSystemTest {

    /** A big body asks first (Expect: 100-continue): the service refuses it unread and closes the connection. */
    private static final RestAssuredConfig ASKING_FIRST = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().setParam("http.protocol.expect-continue", true));

    private static Response post(String token, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(FhirBundles.MEDIA_TYPE)
                .body(body)
                .when()
                .post(FhirBundles.url("/ServiceRequest"));
    }

    @Test
    void aFhirReferralShouldComeOutTheSameThroughTheJsonApiAndFhir() {
        Families.Parent parent = Families.parent("OX11");
        ExtractableResponse<Response> created = post(Tokens.partnerA(), FhirBundles.partnerReferral(parent))
                .then()
                .statusCode(201)
                .contentType(startsWith(FhirBundles.MEDIA_TYPE))
                .header("Location", containsString("/fhir/r4/ServiceRequest/"))
                .body("resourceType", equalTo("ServiceRequest"))
                .body("status", equalTo("active"))
                .body("intent", equalTo("order"))
                .extract();
        String id = created.path("id");

        given().auth()
                .oauth2(Tokens.partnerA())
                .get(Referrals.url("/referrals/" + id))
                .then()
                .statusCode(200)
                .body("agencyId", equalTo("agency-a"))
                .body("sourceType", equalTo("HEALTH_VISITOR"))
                .body("status", equalTo("RECEIVED"))
                .body("area", equalTo("OX11"))
                .body("parents[0].givenName", equalTo(parent.givenName()))
                .body("parents[0].familyName", equalTo(parent.familyName()))
                .body("parents[0].nhsNumber", equalTo(parent.nhsNumber()))
                .body("parents[0].dateOfBirth", equalTo(parent.dateOfBirth().toString()))
                .body(
                        "baby.dateOfBirth",
                        equalTo(Families.today().minusMonths(4).toString()))
                .body("concerns", equalTo(List.of("ANXIETY", "BIRTH_TRAUMA")))
                .body("consent.given", equalTo(true))
                .body("referrer.organisation", equalTo("Didcot health visiting team"));

        Referrals.move(id, "ACCEPTED");
        given().auth()
                .oauth2(Tokens.partnerA())
                .accept(FhirBundles.MEDIA_TYPE)
                .get(FhirBundles.url("/ServiceRequest/" + id))
                .then()
                .statusCode(200)
                .contentType(startsWith(FhirBundles.MEDIA_TYPE))
                .body("id", equalTo(id))
                .body("status", equalTo("active"))
                .body("meta.tag.code", hasItem("ACCEPTED"))
                .body("contained[0].identifier[0].value", equalTo(parent.nhsNumber()));

        // Another agency: 404 by both routes, exactly as a referral that does not exist.
        given().auth()
                .oauth2(Tokens.partnerB())
                .get(FhirBundles.url("/ServiceRequest/" + id))
                .then()
                .statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"));
        given().auth()
                .oauth2(Tokens.partnerB())
                .get(Referrals.url("/referrals/" + id))
                .then()
                .statusCode(404);
    }

    @Test
    void aRetryWithTheSameKeyShouldAnswerTheOriginal() {
        Map<String, Object> bundle = FhirBundles.partnerReferral(Families.parent("OX11"));
        bundle.put(
                "identifier",
                Map.of("system", "urn:ietf:rfc:3986", "value", "urn:uuid:" + java.util.UUID.randomUUID()));
        String first =
                post(Tokens.partnerA(), bundle).then().statusCode(201).extract().path("id");
        post(Tokens.partnerA(), bundle).then().statusCode(200).body("id", equalTo(first));
    }

    @Test
    void badBundlesShouldAnswerOperationOutcomesAndStoreNothing() {
        Families.Parent parent = Families.parent("OX11");
        Map<String, Long> before = Tables.rowCountsRequestsWrite(Service.REFERRALS);

        Map<String, Object> noConsent = FhirBundles.partnerReferral(parent);
        FhirBundles.removeEntry(noConsent, 3);
        refused(noConsent, 422, "Bundle.entry.resource.ofType(Consent)", parent);

        Map<String, Object> wrongCheckDigit = FhirBundles.partnerReferral(parent);
        String nhs = parent.nhsNumber();
        String wrong = nhs.substring(0, 9) + ((nhs.charAt(9) - '0' + 1) % 10);
        FhirBundles.resource(wrongCheckDigit, 1)
                .put("identifier", List.of(Map.of("system", FhirBundles.NHS_NUMBER, "value", wrong)));
        String outcome = refused(wrongCheckDigit, 422, "Bundle.entry[1].resource.identifier[0].value", parent);
        assertFalse(outcome.contains(wrong), outcome);

        refused(FhirBundles.partnerReferral(parent, "agency-b"), 422, "Bundle.entry[6].resource.identifier[0]", parent);

        Map<String, Object> big = FhirBundles.partnerReferral(parent);
        FhirBundles.resource(big, 0).put("note", List.of(Map.of("text", "a".repeat(2_000_000))));
        refused(big, 413, null, parent);

        String valid = EndpointCalls.json(FhirBundles.partnerReferral(parent));
        refused(valid.substring(0, valid.length() - 3), 400, "Bundle", parent);

        assertEquals(before, Tables.rowCountsRequestsWrite(Service.REFERRALS), "nothing stored");
    }

    @Test
    void theCapabilityStatementShouldNameServiceRequestOnly() {
        given().auth()
                .oauth2(Tokens.partnerA())
                .get(FhirBundles.url("/metadata"))
                .then()
                .statusCode(200)
                .body("resourceType", equalTo("CapabilityStatement"))
                .body("fhirVersion", equalTo("4.0.1"))
                .body("rest[0].resource.type", equalTo(List.of("ServiceRequest")));
    }

    /** The OperationOutcome's JSON, after checking it names the element and repeats none of the family. */
    private static String refused(Object body, int status, String expression, Families.Parent parent) {
        byte[] bytes = body instanceof String s
                ? s.getBytes(StandardCharsets.UTF_8)
                : EndpointCalls.json(body).getBytes(StandardCharsets.UTF_8);
        Response response = given().config(bytes.length > 60_000 ? ASKING_FIRST : RestAssured.config())
                .auth()
                .oauth2(Tokens.partnerA())
                .contentType(FhirBundles.MEDIA_TYPE)
                .body(bytes)
                .when()
                .post(FhirBundles.url("/ServiceRequest"));
        response.then()
                .statusCode(status)
                .contentType(startsWith(FhirBundles.MEDIA_TYPE))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].severity", equalTo("error"));
        if (expression != null) {
            response.then().body("issue.expression.flatten()", hasItem(expression));
        }
        String outcome = response.asString();
        for (String personal :
                List.of(parent.givenName(), parent.familyName(), parent.nhsNumber(), parent.postcode())) {
            assertFalse(outcome.contains(personal), outcome);
        }
        return outcome;
    }
}
