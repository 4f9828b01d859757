package org.oxpip.referrals.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Database;
import org.oxpip.referrals.testing.ReferralBodies;

@QuarkusTest
class IntakeResourceTest {

    private static ValidatableResponse submit(String token, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then();
    }

    private static ValidatableResponse submitAsPartner(Object body) {
        return submit(TestTokens.partner(TestTokens.AGENCY_A), body);
    }

    @Test
    void partnerReferralShouldBeRecordedWithItsAgencyFromTheToken() {
        Map<String, Object> body = ReferralBodies.partner();
        body.put("agencyId", "agency-b"); // unknown field: refused, never used
        submitAsPartner(body).statusCode(400).body("errors.field", hasItem("agencyId"));

        body.remove("agencyId");
        String id = submitAsPartner(body)
                .statusCode(201)
                .header("Location", containsString("/api/v1/referrals/"))
                .header("ETag", notNullValue())
                .body("reference", matchesPattern("R-\\d{4}-\\d{6}"))
                .body("status", equalTo("RECEIVED"))
                .body("sourceType", equalTo("HEALTH_VISITOR"))
                .body("agencyId", equalTo("agency-a"))
                .body("area", equalTo("OX11"))
                .body("eligibility.eligible", equalTo(true))
                .body("receivedOn", equalTo(ReferralBodies.today().toString()))
                .body("parents[0].nhsNumber", equalTo(ReferralBodies.NHS_NUMBER))
                .body("version", notNullValue())
                .extract()
                .path("id");
        assertEquals(
                1L,
                Database.count(
                        "SELECT count(*) FROM audit_entry WHERE referral_id = '" + id + "' AND action = 'CREATE'"));
    }

    @Test
    void ineligibleReferralShouldBeRecordedWithItsReasons() {
        Map<String, Object> body = ReferralBodies.partner();
        ReferralBodies.firstParent(body).put("postcode", "ox49 5nu");
        body.put(
                "baby",
                Map.of("dateOfBirth", ReferralBodies.today().minusMonths(30).toString()));
        submitAsPartner(body)
                .statusCode(201)
                .body("area", equalTo("OX49"))
                .body("parents[0].postcode", equalTo("OX49 5NU"))
                .body("eligibility.eligible", equalTo(false))
                .body("eligibility.reasons", contains("OUTSIDE_CATCHMENT", "BABY_TOO_OLD"));
    }

    @Test
    void pregnancyReferralShouldBeEligible() {
        Map<String, Object> body = ReferralBodies.partner();
        body.put("baby", Map.of("dueDate", ReferralBodies.today().plusMonths(4).toString()));
        submitAsPartner(body)
                .statusCode(201)
                .body("eligibility.eligible", equalTo(true))
                .body("baby.dueDate", notNullValue());
    }

    @Test
    void secondOpenReferralForTheSameParentShouldBeFlaggedNotRefused() {
        Map<String, Object> body = ReferralBodies.partner();
        Map<String, Object> parent = ReferralBodies.firstParent(body);
        parent.put("givenName", "Dupli");
        parent.put("familyName", "Cate-" + UUID.randomUUID().toString().replaceAll("[^a-f]", ""));
        parent.remove("nhsNumber");
        String first = submitAsPartner(body).statusCode(201).extract().path("id");
        parent.put("familyName", ((String) parent.get("familyName")).toUpperCase());
        String second = submitAsPartner(body)
                .statusCode(201)
                .body("$", not(hasKey("possibleDuplicate")))
                .extract()
                .path("id");
        // Staff see the flag; the partner never does (it would tell it the family is known elsewhere).
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/referrals/{id}", first)
                .then()
                .body("possibleDuplicate", equalTo(false));
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/referrals/{id}", second)
                .then()
                .body("possibleDuplicate", equalTo(true));
    }

    @Test
    void staffShouldEnterASelfReferralWithItsRealDate() {
        var received = ReferralBodies.today().minusDays(40);
        submit(TestTokens.staff("clinician"), ReferralBodies.staffSelfReferral(received))
                .statusCode(201)
                .body("sourceType", equalTo("SELF"))
                .body("agencyId", nullValue())
                .body("receivedOn", equalTo(received.toString()));
    }

    @ParameterizedTest(name = "{0} submits: {1}")
    @CsvSource({"manager,403", "funder,403", "feed-reader,403", "referral-reader,403"})
    void submitShouldFollowTheRoleMatrix(String role, int status) {
        submit(TestTokens.staff(role), ReferralBodies.partner()).statusCode(status);
    }

    @Test
    void submitWithoutATokenShouldBeRefused() {
        Map<String, Long> before = Database.rowCounts();
        given().contentType(ContentType.JSON)
                .body(ReferralBodies.partner())
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(401);
        assertEquals(before, Database.rowCounts(), "nothing stored, in any table");
    }

    /** Each case: a change to a valid body, the field it must be reported against. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no referrer                         | referrer=null                        | referrer",
                "referrer name blank                 | referrer.name=                       | referrer.name",
                "referrer role unknown               | referrer.role=PLUMBER                | referrer.role",
                "referrer role SELF                  | referrer.role=SELF                   | referrer.role",
                "referrer email                      | referrer.email=not-an-email          | referrer.email",
                "no parents                          | parents=[]                           | parents",
                "three parents                       | parents=3                            | parents",
                "given name missing                  | parents[0].givenName=null            | parents[0].givenName",
                "name with digits                    | parents[0].familyName=R2D2           | parents[0].familyName",
                "parent born yesterday               | parents[0].dateOfBirth=yesterday     | parents[0].dateOfBirth",
                "parent aged 90                      | parents[0].dateOfBirth=1930-01-01    | parents[0].dateOfBirth",
                "date not a date                     | parents[0].dateOfBirth=0000-00-00    | parents[0].dateOfBirth",
                "NHS check digit                     | parents[0].nhsNumber=9434765918      | parents[0].nhsNumber",
                "NHS number letters                  | parents[0].nhsNumber=ABCDEFGHIJ      | parents[0].nhsNumber",
                "postcode                            | parents[0].postcode=NOT A POSTCODE   | parents[0].postcode",
                "postcode missing                    | parents[0].postcode=null             | parents[0].postcode",
                "baby both dates                     | baby.dueDate=nextmonth               | baby",
                "baby no date                        | baby.dateOfBirth=null                | baby",
                "baby born tomorrow                  | baby.dateOfBirth=tomorrow            | baby.dateOfBirth",
                "baby missing                        | baby=null                            | baby",
                "concern unknown                     | concerns=[HAPPINESS]                 | concerns[0]",
                "no concerns                         | concerns=[]                          | concerns",
                "consent not given                   | consent.given=false                  | consent.given",
                "consent missing                     | consent=null                         | consent",
                "consent dated tomorrow              | consent.date=tomorrow                | consent.date",
                "consent date missing                | consent.date=null                    | consent.date",
                "details too long                    | details=long                         | details",
                "funding stream format               | fundingStream=didcot powerhouse      | fundingStream",
                "partner sets source type            | sourceType=SELF                      | sourceType",
                "partner sets received date          | receivedOn=yesterday                 | receivedOn",
                "unknown field                       | favouriteColour=blue                 | favouriteColour",
            })
    void invalidReferralShouldBeRefusedWithItsFieldAndNothingStored(String name, String change, String field) {
        Map<String, Object> body = ReferralBodies.partner();
        Mutation.apply(body, change);
        Map<String, Long> before = Database.rowCounts();
        submitAsPartner(body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field))
                .body(not(containsString(ReferralBodies.FAMILY_NAME)));
        assertEquals(before, Database.rowCounts(), "nothing stored, in any table");
    }

    @Test
    void largeBodyShouldBeRefusedWithTooLarge() {
        Map<String, Object> body = ReferralBodies.partner();
        body.put("details", "x".repeat(300 * 1024));
        Map<String, Long> before = Database.rowCounts();
        submitAsPartner(body)
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("type", equalTo("https://oxpip.org/problems/body-too-large"))
                .body("detail", containsString("256 KB"))
                .body(not(containsString("xxxx")));
        assertEquals(before, Database.rowCounts(), "nothing stored, in any table");
    }

    /** Without a Content-Length (chunked) the size is only known while reading: still a problem document. */
    @Test
    void largeChunkedBodyShouldBeRefusedWithAProblem() throws Exception {
        Map<String, Object> body = ReferralBodies.partner();
        body.put("details", "x".repeat(300 * 1024));
        byte[] json = new ObjectMapper().writeValueAsBytes(body);
        Map<String, Long> before = Database.rowCounts();
        HttpResponse<String> response = submitChunkedAsPartner(json);
        assertEquals(413, response.statusCode());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        Map<?, ?> problem = new ObjectMapper().readValue(response.body(), Map.class);
        assertEquals(413, problem.get("status"));
        assertEquals("https://oxpip.org/problems/body-too-large", problem.get("type"));
        assertEquals(before, Database.rowCounts(), "nothing stored, in any table");
    }

    /** The size check must not get in the way of a chunked body within the limit: it is read and stored as usual. */
    @Test
    void chunkedBodyWithinTheLimitShouldBeAccepted() throws Exception {
        byte[] json = new ObjectMapper().writeValueAsBytes(ReferralBodies.partner());
        long before = Database.count("SELECT count(*) FROM referral");
        assertEquals(201, submitChunkedAsPartner(json).statusCode());
        assertEquals(before + 1, Database.count("SELECT count(*) FROM referral"));
    }

    /** A body of unknown length (an input stream) is sent chunked over HTTP/1.1. */
    private static HttpResponse<String> submitChunkedAsPartner(byte[] json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/referrals"))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer " + TestTokens.partner(TestTokens.AGENCY_A))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A ten-megabyte body is refused on its declared length, before any of it is read. Only the head is
     * sent: a client still writing the body races the server's close and sees a reset, not the answer,
     * so the refusal itself (a 413 problem document) could not be checked that way.
     */
    @Test
    void tenMegabyteDetailsShouldBeRefusedAndNotStored() throws Exception {
        Map<String, Object> body = ReferralBodies.partner();
        body.put("details", "x".repeat(10 * 1024 * 1024));
        int length = new ObjectMapper().writeValueAsBytes(body).length;
        Map<String, Long> before = Database.rowCounts();
        String head = "POST /api/v1/referrals HTTP/1.1\r\n"
                + "Host: localhost:" + RestAssured.port + "\r\n"
                + "Authorization: Bearer " + TestTokens.partner(TestTokens.AGENCY_A) + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + length + "\r\n\r\n";
        String answer;
        try (Socket socket = new Socket(URI.create(RestAssured.baseURI).getHost(), RestAssured.port)) {
            socket.setSoTimeout(10_000); // a server waiting for the body instead of refusing fails here
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 413 "), "refused as too large: " + firstLine(answer));
        assertTrue(answer.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"type\":\"https://oxpip.org/problems/body-too-large\""), answer);
        assertTrue(answer.contains("256 KB"), answer);
        assertEquals(before, Database.rowCounts(), "nothing stored, in any table");
    }

    private static String firstLine(String answer) {
        int end = answer.indexOf("\r\n");
        return end < 0 ? answer : answer.substring(0, end);
    }

    @Test
    void malformedJsonShouldBeAProblem() {
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .contentType(ContentType.JSON)
                .body("{\"parents\": [")
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void retryWithTheSameKeyShouldGiveTheOriginal() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = ReferralBodies.partner();
        String id = given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
        assertEquals(1L, Database.count("SELECT count(*) FROM idempotency_key WHERE key = '" + key + "'"));

        body.put("details", "something else");
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void keysShouldBeScopedToTheAgency() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = ReferralBodies.partner();
        String a = given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String b = given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_B))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals(false, a.equals(b));
    }

    @Test
    void badIdempotencyKeyShouldBeRefused() {
        given().auth()
                .oauth2(TestTokens.partner(TestTokens.AGENCY_A))
                .header("Idempotency-Key", "x".repeat(201))
                .contentType(ContentType.JSON)
                .body(ReferralBodies.partner())
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void twentyConcurrentRetriesShouldMakeOneReferral() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = ReferralBodies.partner();
        String token = TestTokens.partner(TestTokens.AGENCY_A);
        Callable<Map.Entry<Integer, String>> post = () -> {
            var response = given().auth()
                    .oauth2(token)
                    .header("Idempotency-Key", key)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/api/v1/referrals")
                    .then()
                    .extract();
            return Map.entry(response.statusCode(), response.<String>path("id"));
        };
        String agencyReferrals = "SELECT count(*) FROM referral WHERE agency_id = '" + TestTokens.AGENCY_A + "'";
        long before = Database.count(agencyReferrals);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Map.Entry<Integer, String>>> futures =
                    pool.invokeAll(IntStream.range(0, 20).mapToObj(i -> post).collect(Collectors.toList()));
            Set<String> ids = new java.util.HashSet<>();
            Map<Integer, Integer> statuses = new HashMap<>();
            for (var f : futures) {
                ids.add(f.get().getValue());
                statuses.merge(f.get().getKey(), 1, Integer::sum);
            }
            assertEquals(1, ids.size(), "one referral id for every retry");
            assertEquals(Map.of(201, 1, 200, 19), statuses);
            assertEquals(
                    before + 1, Database.count(agencyReferrals), "twenty retries stored one referral for the agency");
        } finally {
            pool.shutdownNow();
        }
    }
}
