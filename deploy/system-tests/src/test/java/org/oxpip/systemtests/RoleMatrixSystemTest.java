package org.oxpip.systemtests;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.systemtests.ApiDocuments.Endpoint;
import org.oxpip.systemtests.EndpointCalls.Call;

/**
 * Who may do what: every endpoint of every service (as its OpenAPI document lists them) against every role of
 * the demo realm, with real tokens. A permitted role gets what {@link EndpointCalls#permittedStatus} says, every
 * other role 403, no token 401.
 */
@ExtendWith(RunningStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixSystemTest {

    /** The agreed table (docs/design.md, the services' READMEs). An endpoint missing here fails the first test. */
    static final Map<String, Set<String>> WHO_MAY = Map.ofEntries(
            entry("referrals GET /api/v1/audit", Set.of("admin")),
            entry("referrals GET /api/v1/feed/referrals", Set.of("feed-reader", "referral-reader")),
            entry("referrals POST /api/v1/referrals", Set.of("referrer", "clinician", "admin")),
            entry("referrals GET /api/v1/referrals", Set.of("referrer", "clinician", "manager", "admin")),
            entry("referrals GET /api/v1/referrals/{id}", Set.of("referrer", "clinician", "manager", "admin")),
            entry("referrals POST /api/v1/referrals/{id}/erasure", Set.of("admin")),
            entry("referrals GET /api/v1/referrals/{id}/erasure", Set.of("admin")),
            entry("referrals GET /api/v1/erasures/pending", Set.of("referral-reader")),
            entry("referrals POST /api/v1/erasures/{referralId}/confirmation", Set.of("referral-reader")),
            entry("referrals GET /api/v1/referrals/{id}/history", Set.of("referrer", "clinician", "manager", "admin")),
            entry(
                    "referrals GET /api/v1/referrals/{id}/status",
                    Set.of("referral-reader", "clinician", "manager", "admin")),
            entry("referrals POST /api/v1/referrals/{id}/transitions", Set.of("clinician", "manager", "admin")),
            entry("outcomes GET /api/v1/alerts", Set.of("clinician", "manager")),
            entry("outcomes POST /api/v1/alerts/{id}/acknowledge", Set.of("clinician")),
            entry("outcomes POST /api/v1/assessments", Set.of("clinician")),
            entry("outcomes GET /api/v1/assessments/{id}", Set.of("clinician", "manager", "admin")),
            entry("outcomes PUT /api/v1/assessments/{id}", Set.of("clinician", "admin")),
            entry("outcomes DELETE /api/v1/assessments/{id}", Set.of("clinician", "admin")),
            entry("outcomes GET /api/v1/assessments/{id}/history", Set.of("clinician", "manager", "admin")),
            entry("outcomes GET /api/v1/feed/assessments", Set.of("feed-reader")),
            entry("outcomes GET /api/v1/feed/quotes", Set.of("feed-reader")),
            entry("outcomes GET /api/v1/feedback", Set.of("manager")),
            entry("outcomes GET /api/v1/feedback/{id}/quote", Set.of("manager")),
            entry("outcomes POST /api/v1/feedback/{id}/quote", Set.of("manager")),
            entry("outcomes PUT /api/v1/feedback/{id}/quote", Set.of("manager")),
            entry("outcomes DELETE /api/v1/feedback/{id}/quote", Set.of("manager")),
            // reporting-service's service account reads the catalogue's outcome rules (docs/feeds.md).
            entry("outcomes GET /api/v1/instruments", Set.of("clinician", "manager", "admin", "feed-reader")),
            entry("outcomes GET /api/v1/instruments/{code}", Set.of("clinician", "manager", "admin")),
            entry("outcomes GET /api/v1/referrals/{id}/assessments", Set.of("clinician", "manager", "admin")),
            entry("outcomes GET /api/v1/referrals/{id}/outcomes", Set.of("clinician", "manager")),
            entry("reporting GET /api/v1/reports/summary", Set.of("manager", "funder")),
            entry("reporting GET /api/v1/reports/summary.csv", Set.of("manager", "funder")),
            entry("reporting GET /api/v1/reports/trend", Set.of("manager", "funder")),
            entry("reporting GET /api/v1/reports/impact", Set.of("manager", "funder")),
            entry("reporting GET /api/v1/reports/impact/settings/{fundingStream}", Set.of("manager")),
            entry("reporting PUT /api/v1/reports/impact/settings/{fundingStream}", Set.of("manager")),
            entry("referrals POST /api/v1/imports", Set.of("admin")),
            entry("referrals GET /api/v1/imports/{id}", Set.of("admin")),
            // outcomes-service's measures import finds the families by externalRef (issue 18).
            entry("referrals POST /api/v1/imports/referrals/lookup", Set.of("referral-reader")),
            entry("outcomes POST /api/v1/imports", Set.of("admin")),
            entry("outcomes GET /api/v1/imports/{id}", Set.of("admin")),
            entry("reporting POST /api/v1/sync", Set.of("admin")),
            // Issue 17: sessions and equality monitoring are staff's; the caseload is the managers'.
            entry("referrals POST /api/v1/referrals/{id}/sessions", Set.of("clinician", "manager", "admin")),
            entry("referrals GET /api/v1/referrals/{id}/sessions", Set.of("clinician", "manager", "admin")),
            entry("referrals GET /api/v1/referrals/{id}/sessions/{sessionId}", Set.of("clinician", "manager", "admin")),
            entry("referrals PUT /api/v1/referrals/{id}/sessions/{sessionId}", Set.of("clinician", "manager", "admin")),
            entry(
                    "referrals DELETE /api/v1/referrals/{id}/sessions/{sessionId}",
                    Set.of("clinician", "manager", "admin")),
            entry(
                    "referrals GET /api/v1/referrals/{id}/sessions/{sessionId}/history",
                    Set.of("clinician", "manager", "admin")),
            entry(
                    "referrals GET /api/v1/referrals/{id}/parents/{position}/monitoring",
                    Set.of("clinician", "manager", "admin")),
            entry(
                    "referrals PUT /api/v1/referrals/{id}/parents/{position}/monitoring",
                    Set.of("clinician", "manager", "admin")),
            entry("referrals GET /api/v1/caseload", Set.of("manager", "admin")),
            entry("reporting GET /api/v1/sync/status", Set.of("admin", "manager")),
            // Issue 21: FHIR R4 beside the JSON API, with the JSON API's roles for the same things.
            entry("referrals POST /fhir/r4/ServiceRequest", Set.of("referrer", "clinician", "admin")),
            entry("referrals GET /fhir/r4/ServiceRequest/{id}", Set.of("referrer", "clinician", "manager", "admin")),
            entry("referrals GET /fhir/r4/metadata", Set.of("referrer", "clinician", "manager", "admin")),
            entry("outcomes GET /fhir/r4/QuestionnaireResponse", Set.of("clinician", "manager", "admin")),
            entry("outcomes GET /fhir/r4/Observation", Set.of("clinician", "manager", "admin")),
            entry("outcomes GET /fhir/r4/Questionnaire", Set.of("clinician", "manager", "admin")),
            entry("outcomes GET /fhir/r4/Questionnaire/{id}", Set.of("clinician", "manager", "admin")),
            entry("outcomes GET /fhir/r4/metadata", Set.of("clinician", "manager", "admin")),
            entry("reporting GET /fhir/r4/MeasureReport", Set.of("manager", "funder")),
            entry("reporting GET /fhir/r4/Measure", Set.of("manager", "funder")),
            entry("reporting GET /fhir/r4/Measure/{id}", Set.of("manager", "funder")),
            entry("reporting GET /fhir/r4/metadata", Set.of("manager", "funder")));

    private FamilyInCare family;

    @BeforeAll
    void aFamilyInCare() {
        family = FamilyInCare.create();
    }

    @Test
    void everyDocumentedEndpointShouldBeInTheRoleTable() {
        Set<String> documented =
                new TreeSet<>(ApiDocuments.all().stream().map(Endpoint::key).toList());
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(WHO_MAY.keySet());
        Set<String> gone = new TreeSet<>(WHO_MAY.keySet());
        gone.removeAll(documented);
        assertEquals(Set.of(), missing, "endpoints in the OpenAPI documents with no row in the role table");
        assertEquals(Set.of(), gone, "rows in the role table for endpoints no longer documented");
        System.out.printf("Role matrix: %d endpoints in the OpenAPI documents, all in the table%n", documented.size());
    }

    @Test
    void everyEndpointShouldDocumentTheRolesItReallyAllows() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : ApiDocuments.all()) {
            if (!e.documentedRoles().equals(WHO_MAY.get(e.key()))) {
                wrong.add(e.key() + " documents " + e.documentedRoles() + ", the table says " + WHO_MAY.get(e.key()));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleShouldGetWhatTheTableSaysOnEveryEndpoint() {
        List<DynamicTest> cells = new ArrayList<>();
        for (Endpoint e : ApiDocuments.all()) {
            Set<String> permitted = WHO_MAY.getOrDefault(e.key(), Set.of());
            for (Caller caller : Caller.oneOfEachRole()) {
                int expected = permitted.contains(caller.role()) ? EndpointCalls.permittedStatus(e) : 403;
                cells.add(DynamicTest.dynamicTest(
                        e.key() + " as " + caller.role() + ": " + expected, () -> check(e, caller.token(), expected)));
            }
            cells.add(DynamicTest.dynamicTest(e.key() + " without a token: 401", () -> check(e, null, 401)));
        }
        System.out.printf(
                "Role matrix: %d cells (%d endpoints x %d roles + no token)%n",
                cells.size(), ApiDocuments.all().size(), Caller.oneOfEachRole().length);
        return cells.stream();
    }

    private void check(Endpoint e, String token, int expected) {
        Call call = EndpointCalls.harmless(e, family);
        Response response = call.sendDeliberatelyBad(token);
        assertEquals(expected, response.statusCode(), e.key() + ": " + response.asString());
        if (expected >= 400) {
            assertTrue(
                    response.contentType().startsWith(EndpointCalls.refusalMediaType(e)),
                    e.key() + " answered " + expected + " as " + response.contentType());
        }
    }
}
