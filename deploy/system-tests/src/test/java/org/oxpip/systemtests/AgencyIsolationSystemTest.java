package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * Issue 6, case 3: partner agency B, by every route, learns nothing about agency A's referrals: not their
 * details, not their history, not even that they exist.
 */
@ExtendWith(RunningStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyIsolationSystemTest {

    private FamilyInCare family;
    private Families.Parent parentOfA;
    private String referenceOfA;

    @BeforeAll
    void agencyAsFamilyInCareAndOneOfAgencyBsOwn() {
        family = FamilyInCare.create();
        JsonPath referral = given().auth()
                .oauth2(Tokens.partnerA())
                .when()
                .get(Referrals.url("/referrals/" + family.referralId()))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        referenceOfA = referral.getString("reference");
        Map<String, Object> p = referral.getMap("parents[0]");
        parentOfA = new Families.Parent(
                (String) p.get("givenName"),
                (String) p.get("familyName"),
                null,
                (String) p.get("nhsNumber"),
                (String) p.get("postcode"),
                (String) p.get("phone"),
                null);
        Referrals.submit(Tokens.partnerB(), Families.partnerReferral());
    }

    /**
     * FHIR definitions whose {id} names a catalogue entry (an instrument's Questionnaire, a figure's Measure), the
     * same for every agency: no agency's record, so nothing to isolate (the role matrix covers who may read them).
     */
    private static final Set<String> CATALOGUE_IDS =
            Set.of("outcomes GET /fhir/r4/Questionnaire/{id}", "reporting GET /fhir/r4/Measure/{id}");

    /** For every endpoint with an id in its path: B's answer about A's record is the answer about no record. */
    @TestFactory
    Stream<DynamicTest> agencyBShouldGetTheSameAnswerForAgencyAsRecordsAsForMissingOnes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : ApiDocuments.all()) {
            if (!e.path().contains("{id}") || CATALOGUE_IDS.contains(e.key())) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(e.key(), () -> {
                Call aboutA = EndpointCalls.effective(e, family);
                String idOfA = idIn(aboutA.url());
                String missing = UUID.randomUUID().toString();
                Call aboutNobody = new Call(e, aboutA.url().replace(idOfA, missing), aboutA.body(), aboutA.headers());
                Response a = aboutA.send(Tokens.partnerB());
                Response nobody = aboutNobody.send(Tokens.partnerB());
                assertTrue(a.statusCode() == 404 || a.statusCode() == 403, e.key() + " answered " + a.statusCode());
                assertEquals(nobody.statusCode(), a.statusCode(), e.key());
                assertEquals(
                        nobody.asString().replace(missing, "{id}"), a.asString().replace(idOfA, "{id}"), e.key());
                assertEquals(nobody.contentType(), a.contentType(), e.key());
            }));
        }
        System.out.printf(
                "Agency isolation: %d endpoints with an id, each asked about A's record and a missing one%n",
                tests.size());
        return tests.stream();
    }

    /**
     * B's list never shows A's referral, whatever the filter. Positive control: each filter A's referral matches
     * does find it when A lists with it, so an empty answer to B means isolation, not a filter that finds nothing;
     * and a filter refused (400) is refused to A alike, so a refusal is about the filter, never about the data.
     */
    @Test
    void agencyBsListShouldNeverShowAgencyAsReferralsWhateverTheFilter() {
        List<Map<String, Object>> matchingA = new ArrayList<>();
        matchingA.add(Map.of());
        matchingA.add(Map.of("q", referenceOfA));
        matchingA.add(Map.of("agencyId", "agency-a"));
        matchingA.add(Map.of("status", "ACCEPTED"));
        matchingA.add(Map.of("area", "OX11"));
        matchingA.add(Map.of("fundingStream", "DIDCOT_POWERHOUSE"));
        matchingA.add(Map.of(
                "receivedFrom",
                Families.today().toString(),
                "receivedTo",
                Families.today().toString()));
        matchingA.add(Map.of("sourceType", "HEALTH_VISITOR", "eligible", "true"));
        matchingA.add(Map.of("sort", "receivedOn,asc"));
        matchingA.add(Map.of("sort", "reference,desc"));
        List<Map<String, Object>> filters = new ArrayList<>(matchingA);
        // The reference is the only text a list searches: A's personal data finds nothing, even for A.
        for (String q : List.of(
                parentOfA.givenName(),
                parentOfA.familyName(),
                parentOfA.nhsNumber(),
                parentOfA.postcode(),
                parentOfA.phone(),
                family.referralId())) {
            filters.add(Map.of("q", q));
        }
        int asked = 0;
        for (Map<String, Object> filter : filters) {
            Listing b = listing(Tokens.partnerB(), filter);
            Listing a = listing(Tokens.partnerA(), filter);
            asked += b.requests() + a.requests();
            assertEquals(a.status(), b.status(), filter + ": refused or taken alike for both agencies");
            assertEquals(200, b.status(), filter + ": " + b.text());
            assertTrue(b.agencies().stream().allMatch("agency-b"::equals), filter + " showed " + b.agencies());
            assertTrue(
                    !b.ids().contains(family.referralId()) && !b.text().contains(parentOfA.familyName()),
                    filter + " showed A's family");
            if (matchingA.contains(filter)) {
                assertTrue(
                        a.ids().contains(family.referralId()),
                        filter + " should find A's referral when A lists with it (the positive control)");
            }
        }
        System.out.printf(
                "Agency isolation: %d list requests with %d filters: agency B saw nothing of A's, and A"
                        + " found its own referral with each of the %d filters it matches%n",
                asked, filters.size(), matchingA.size());
    }

    /** Every page of one agency's list with one filter (paging stops at the first refusal). */
    private record Listing(int status, List<String> ids, List<String> agencies, String text, int requests) {}

    private static Listing listing(String token, Map<String, Object> filter) {
        List<String> ids = new ArrayList<>();
        List<String> agencies = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int page = 0; ; page++) {
            Map<String, Object> query = new LinkedHashMap<>(filter);
            query.put("page", page);
            query.put("size", 100);
            Response response =
                    given().auth().oauth2(token).queryParams(query).when().get(Referrals.url("/referrals"));
            text.append(response.asString());
            if (response.statusCode() != 200) {
                return new Listing(response.statusCode(), ids, agencies, text.toString(), page + 1);
            }
            JsonPath json = response.jsonPath();
            ids.addAll(json.getList("items.id"));
            agencies.addAll(json.getList("items.agencyId"));
            if ((page + 1) * 100L >= json.getLong("totalItems")) {
                return new Listing(200, ids, agencies, text.toString(), page + 1);
            }
        }
    }

    @Test
    void anIdempotencyKeyAgencyAUsedShouldGiveAgencyBNothingOfAs() {
        String key = "shared-key-" + UUID.randomUUID();
        Map<String, Object> body = Families.partnerReferral();
        String idOfA = given().auth()
                .oauth2(Tokens.partnerA())
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .when()
                .post(Referrals.url("/referrals"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // B sends the very same key and body: keys belong to one agency, so B gets a referral of its own.
        Response b = given().auth()
                .oauth2(Tokens.partnerB())
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .when()
                .post(Referrals.url("/referrals"));
        assertEquals(201, b.statusCode(), b.asString());
        assertAll(() -> assertNotEquals(idOfA, b.path("id")), () -> assertEquals("agency-b", b.path("agencyId")));
    }

    @Test
    void referralIdsShouldNotBeGuessable() {
        Set<String> prefixes = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            UUID id = UUID.fromString(Referrals.submit(Tokens.partnerB(), Families.partnerReferral()));
            assertEquals(4, id.version(), "random (version 4) UUID: " + id);
            assertEquals(2, id.variant(), id.toString());
            prefixes.add(id.toString().substring(0, 8));
        }
        assertEquals(10, prefixes.size(), "ten referrals in a row share no leading digits");
    }

    private static String idIn(String url) {
        for (String part : url.split("[/?]")) {
            if (part.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                return part;
            }
        }
        throw new IllegalArgumentException("no id in " + url);
    }
}
