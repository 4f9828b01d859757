package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.oxpip.systemtests.ApiDocuments.Endpoint;

/**
 * One request for each endpoint, aimed at a {@link FamilyInCare}. Every endpoint in the OpenAPI documents must
 * have one here: a new endpoint fails the tests until somebody decides how to call it.
 */
final class EndpointCalls {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bodies are sent as the exact bytes given: no charset added, nothing re-encoded. */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    /**
     * Big bodies ask first (Expect: 100-continue): a service refuses one over its limit before reading it and
     * closes the connection, and the client must hear that answer rather than a broken pipe.
     */
    private static final RestAssuredConfig RAW_ASKING_FIRST =
            RAW.httpClient(HttpClientConfig.httpClientConfig().setParam("http.protocol.expect-continue", true));

    private static final int BIG = 60_000;

    /** A request, ready to send with any token. */
    record Call(Endpoint endpoint, String url, byte[] body, Map<String, String> headers) {

        Response send(String token) {
            return send(token, false);
        }

        /** The same call, wrong on purpose (a mutated body, a forged token): only the answer is checked. */
        Response sendDeliberatelyBad(String token) {
            return send(token, true);
        }

        private Response send(String token, boolean deliberatelyBad) {
            RequestSpecification request = given().config(body != null && body.length > BIG ? RAW_ASKING_FIRST : RAW)
                    .redirects()
                    .follow(false);
            if (deliberatelyBad) {
                request.header(ContractCheck.RESPONSE_ONLY, "true");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            if (body != null) {
                request.contentType("application/json").body(body);
            }
            return request.when().request(endpoint.method(), url);
        }

        Call withBody(byte[] newBody) {
            return new Call(endpoint, url, newBody, headers);
        }
    }

    private EndpointCalls() {}

    /**
     * A call a permitted caller can make without changing anything (reads; writes with a body refused as
     * invalid, or aimed at a record that does not exist), and {@link #permittedStatus} is what it answers.
     */
    static Call harmless(Endpoint e, FamilyInCare family) {
        String random = UUID.randomUUID().toString();
        return switch (e.key()) {
            case "referrals POST /api/v1/referrals",
                    "referrals POST /api/v1/referrals/{id}/transitions",
                    "outcomes POST /api/v1/assessments" -> call(e, family.referralId(), "{}", Map.of());
            // Not a FHIR resource: an OperationOutcome (400) once the role passed, nothing stored.
            case "referrals POST /fhir/r4/ServiceRequest" -> call(e, null, "{}", Map.of());
            case "referrals POST /api/v1/referrals/{id}/erasure",
                    "referrals POST /api/v1/erasures/{referralId}/confirmation" -> call(e, random, null, Map.of());
            case "outcomes POST /api/v1/alerts/{id}/acknowledge" -> call(e, random, "{}", Map.of());
            case "outcomes PUT /api/v1/assessments/{id}", "outcomes DELETE /api/v1/assessments/{id}" ->
                call(e, family.assessmentId(), "{}", Map.of()); // no If-Match: 428
            case "outcomes POST /api/v1/feedback/{id}/quote" -> call(e, family.feedbackId(), "{}", Map.of());
            case "outcomes PUT /api/v1/feedback/{id}/quote", "outcomes DELETE /api/v1/feedback/{id}/quote" ->
                call(e, family.feedbackId(), "{}", Map.of()); // no If-Match: 428
            case "outcomes GET /api/v1/feedback/{id}/quote" -> call(e, random, null, Map.of());
            // A JSON body where the import takes a spreadsheet: refused for its media type once the role passed.
            case "referrals POST /api/v1/imports" -> call(e, null, "{}", Map.of(), "?sheet=referrals");
            case "outcomes POST /api/v1/imports" -> call(e, null, "{}", Map.of(), "?sheet=measures");
            case "referrals GET /api/v1/imports/{id}", "outcomes GET /api/v1/imports/{id}" ->
                call(e, random, null, Map.of());
            case "reporting GET /api/v1/reports/impact/settings/{fundingStream}" ->
                call(e, "NO_TITLE_BLOCK_HERE", null, Map.of());
            // Sessions: an empty body is refused as invalid before anything is looked up or changed.
            case "referrals POST /api/v1/referrals/{id}/sessions" ->
                callWith(e, Map.of("id", family.waitingReferralId()), "{}", Map.of(), "");
            case "referrals PUT /api/v1/referrals/{id}/sessions/{sessionId}",
                    "referrals DELETE /api/v1/referrals/{id}/sessions/{sessionId}" ->
                callWith(
                        e,
                        Map.of("id", family.waitingReferralId(), "sessionId", family.sessionId()),
                        "{}",
                        Map.of(),
                        "");
            // All NOT_ASKED is a valid body, but without If-Match: 428, nothing changed.
            case "referrals PUT /api/v1/referrals/{id}/parents/{position}/monitoring" ->
                callWith(e, Map.of("id", family.referralId(), "position", "1"), "{}", Map.of(), "");
            case "reporting PUT /api/v1/reports/impact/settings/{fundingStream}" ->
                call(e, "NO_TITLE_BLOCK_HERE", "{}", Map.of());
            default -> effective(e, family);
        };
    }

    /** What {@link #harmless} answers to a caller whose role is permitted. */
    static int permittedStatus(Endpoint e) {
        return switch (e.key()) {
            case "referrals POST /api/v1/referrals",
                    "referrals POST /api/v1/referrals/{id}/transitions",
                    "outcomes POST /api/v1/assessments",
                    "outcomes POST /api/v1/alerts/{id}/acknowledge",
                    "reporting PUT /api/v1/reports/impact/settings/{fundingStream}",
                    "referrals POST /api/v1/referrals/{id}/sessions",
                    "referrals PUT /api/v1/referrals/{id}/sessions/{sessionId}",
                    "referrals DELETE /api/v1/referrals/{id}/sessions/{sessionId}",
                    "outcomes POST /api/v1/feedback/{id}/quote",
                    "referrals POST /fhir/r4/ServiceRequest" -> 400;
            case "referrals POST /api/v1/referrals/{id}/erasure",
                    "referrals POST /api/v1/erasures/{referralId}/confirmation",
                    "referrals GET /api/v1/imports/{id}",
                    "outcomes GET /api/v1/feedback/{id}/quote",
                    "outcomes GET /api/v1/imports/{id}",
                    "reporting GET /api/v1/reports/impact/settings/{fundingStream}" -> 404;
            case "referrals POST /api/v1/imports", "outcomes POST /api/v1/imports" -> 415;
            case "outcomes PUT /api/v1/assessments/{id}",
                    "outcomes DELETE /api/v1/assessments/{id}",
                    "referrals PUT /api/v1/referrals/{id}/parents/{position}/monitoring",
                    "outcomes PUT /api/v1/feedback/{id}/quote",
                    "outcomes DELETE /api/v1/feedback/{id}/quote" -> 428;
            default -> 200;
        };
    }

    /**
     * A call that really does something when its token is good enough: a valid body, the current If-Match, the
     * family's own records. What authentication attacks are made with, to show that nothing gets through.
     */
    static Call effective(Endpoint e, FamilyInCare family) {
        String referral = family.referralId();
        String assessment = family.assessmentId();
        return switch (e.key()) {
            case "referrals GET /api/v1/audit" -> call(e, null, null, Map.of(), "?referralId=" + referral);
            case "referrals GET /api/v1/feed/referrals",
                    "outcomes GET /api/v1/feed/assessments",
                    "outcomes GET /api/v1/feed/quotes",
                    "referrals GET /api/v1/erasures/pending" -> call(e, null, null, Map.of(), "?limit=5");
            case "outcomes GET /api/v1/feedback" -> call(e, null, null, Map.of(), "?quotable=true");
            case "outcomes GET /api/v1/feedback/{id}/quote" -> call(e, family.feedbackId(), null, Map.of());
            case "outcomes POST /api/v1/feedback/{id}/quote" ->
                call(e, family.feedbackId(), json(Feedback.quote("The sessions helped us.")), Map.of());
            case "outcomes PUT /api/v1/feedback/{id}/quote" ->
                call(e, family.feedbackId(), json(Feedback.quote("The sessions helped.")), Map.of("If-Match", "\"0\""));
            case "outcomes DELETE /api/v1/feedback/{id}/quote" ->
                call(
                        e,
                        family.feedbackId(),
                        "{\"reason\": \"The parent changed their mind\"}",
                        Map.of("If-Match", "\"0\""));
            case "referrals POST /api/v1/referrals" -> call(e, null, json(Families.partnerReferral()), Map.of());
            case "referrals POST /fhir/r4/ServiceRequest" ->
                call(e, null, json(FhirBundles.partnerReferral(Families.parent("OX11"))), Map.of());
            case "referrals GET /fhir/r4/ServiceRequest/{id}" -> call(e, referral, null, Map.of());
            case "referrals GET /fhir/r4/metadata" -> call(e, null, null, Map.of());
            case "referrals GET /api/v1/referrals",
                    "outcomes GET /api/v1/alerts",
                    "outcomes GET /api/v1/instruments",
                    "reporting POST /api/v1/sync",
                    "reporting GET /api/v1/sync/status" -> call(e, null, null, Map.of());
            case "referrals GET /api/v1/referrals/{id}",
                    "referrals GET /api/v1/referrals/{id}/history",
                    "referrals GET /api/v1/referrals/{id}/status",
                    "referrals POST /api/v1/referrals/{id}/erasure",
                    "referrals GET /api/v1/referrals/{id}/erasure",
                    "referrals POST /api/v1/erasures/{referralId}/confirmation",
                    "outcomes GET /api/v1/referrals/{id}/assessments",
                    "outcomes GET /api/v1/referrals/{id}/outcomes" -> call(e, referral, null, Map.of());
            case "referrals POST /api/v1/referrals/{id}/transitions" ->
                call(e, referral, "{\"to\": \"WAITING\"}", Map.of("If-Match", Referrals.etag(referral)));
            case "outcomes POST /api/v1/alerts/{id}/acknowledge" ->
                call(e, family.alertId(), "{\"note\": \"Called the parent\"}", Map.of());
            case "outcomes POST /api/v1/assessments" ->
                call(
                        e,
                        null,
                        json(Measures.body(referral, "GAD7", "BASELINE", Families.today(), Measures.gad7(9))),
                        Map.of());
            case "outcomes GET /api/v1/assessments/{id}", "outcomes GET /api/v1/assessments/{id}/history" ->
                call(e, assessment, null, Map.of());
            case "outcomes PUT /api/v1/assessments/{id}" ->
                call(
                        e,
                        assessment,
                        json(Map.of(
                                "timepoint",
                                "BASELINE",
                                "respondent",
                                "PARENT_1",
                                "completedOn",
                                Families.today().toString(),
                                "answers",
                                Measures.phq9(3),
                                "reason",
                                "Transcribed wrongly")),
                        Map.of("If-Match", "\"0\""));
            case "outcomes DELETE /api/v1/assessments/{id}" ->
                call(e, assessment, "{\"reason\": \"Entered in error\"}", Map.of("If-Match", "\"0\""));
            case "outcomes GET /api/v1/instruments/{code}" -> call(e, "PHQ9", null, Map.of());
            case "reporting GET /api/v1/reports/summary", "reporting GET /api/v1/reports/summary.csv" ->
                call(e, null, null, Map.of(), "?from=2024-01-01&to=2024-12-31");
            case "reporting GET /api/v1/reports/trend" ->
                call(e, null, null, Map.of(), "?from=2024-01-01&to=2024-12-31&interval=year");
            case "reporting GET /api/v1/reports/impact" ->
                call(e, null, null, Map.of(), "?from=2024-01-01&to=2024-12-31");
            case "reporting GET /api/v1/reports/impact/settings/{fundingStream}" ->
                call(e, "DIDCOT_POWERHOUSE", null, Map.of());
            // Each family its own stream, so a title block written for one is never the next one's.
            case "reporting PUT /api/v1/reports/impact/settings/{fundingStream}" ->
                call(e, streamOf(family), json(titleBlock()), Map.of());
            case "referrals POST /api/v1/imports" -> call(e, null, "{}", Map.of(), "?sheet=referrals");
            case "outcomes POST /api/v1/imports" -> call(e, null, "{}", Map.of(), "?sheet=measures");
            case "referrals GET /api/v1/imports/{id}", "outcomes GET /api/v1/imports/{id}" ->
                call(e, UUID.randomUUID().toString(), null, Map.of());
            case "referrals POST /api/v1/referrals/{id}/sessions" ->
                callWith(
                        e,
                        Map.of("id", family.waitingReferralId()),
                        json(Sessions.body(Families.today(), "DID_NOT_ATTEND", "Family not at home")),
                        Map.of(),
                        "");
            case "referrals GET /api/v1/referrals/{id}/sessions" ->
                callWith(e, Map.of("id", family.waitingReferralId()), null, Map.of(), "");
            case "referrals GET /api/v1/referrals/{id}/sessions/{sessionId}",
                    "referrals GET /api/v1/referrals/{id}/sessions/{sessionId}/history" ->
                callWith(
                        e,
                        Map.of("id", family.waitingReferralId(), "sessionId", family.sessionId()),
                        null,
                        Map.of(),
                        "");
            case "referrals PUT /api/v1/referrals/{id}/sessions/{sessionId}" ->
                callWith(
                        e,
                        Map.of("id", family.waitingReferralId(), "sessionId", family.sessionId()),
                        json(Sessions.body(Families.today(), "CANCELLED_BY_FAMILY", "Rang to cancel")),
                        Map.of("If-Match", "\"0\""),
                        "");
            case "referrals DELETE /api/v1/referrals/{id}/sessions/{sessionId}" ->
                callWith(
                        e,
                        Map.of("id", family.waitingReferralId(), "sessionId", family.sessionId()),
                        "{\"reason\": \"Recorded in error\"}",
                        Map.of("If-Match", "\"0\""),
                        "");
            case "referrals GET /api/v1/referrals/{id}/parents/{position}/monitoring" ->
                callWith(e, Map.of("id", family.referralId(), "position", "1"), null, Map.of(), "");
            case "referrals PUT /api/v1/referrals/{id}/parents/{position}/monitoring" ->
                callWith(
                        e,
                        Map.of("id", family.referralId(), "position", "1"),
                        json(Map.of("ethnicGroup", "PREFER_NOT_TO_SAY", "firstTimeParent", "YES")),
                        Map.of("If-Match", "\"0\""),
                        "");
            case "referrals GET /api/v1/caseload" -> call(e, null, null, Map.of(), "?from=2024-01-01&to=2024-12-31");
            case "outcomes GET /fhir/r4/QuestionnaireResponse", "outcomes GET /fhir/r4/Observation" ->
                call(e, null, null, Map.of(), "?based-on=ServiceRequest/" + referral);
            case "outcomes GET /fhir/r4/Questionnaire",
                    "outcomes GET /fhir/r4/metadata",
                    "reporting GET /fhir/r4/Measure",
                    "reporting GET /fhir/r4/metadata" -> call(e, null, null, Map.of());
            case "outcomes GET /fhir/r4/Questionnaire/{id}" -> call(e, "PHQ9", null, Map.of());
            case "reporting GET /fhir/r4/Measure/{id}" -> call(e, "summary", null, Map.of());
            case "reporting GET /fhir/r4/MeasureReport" ->
                call(e, null, null, Map.of(), "?period=2024-01-01/2024-12-31");
            // A harmless lookup: the charity's ids of no imported family answer an empty map.
            case "referrals POST /api/v1/imports/referrals/lookup" ->
                call(e, null, "{\"externalRefs\": [\"NOT-IMPORTED-1\"]}", Map.of());
            default ->
                fail("No request is defined for the new endpoint " + e.key() + ": add it to EndpointCalls "
                        + "(and to the role table in RoleMatrixSystemTest)");
        };
    }

    /**
     * The media type a refusal comes as, whatever its status. A FHIR route's refusals are OperationOutcomes: every
     * service turns every problem on a FHIR route into one (the platform's FHIR filter), the token's 401 and 403
     * included; every other route refuses with a problem document.
     */
    static String refusalMediaType(Endpoint e) {
        return e.path().startsWith("/fhir/") ? "application/fhir+json" : "application/problem+json";
    }

    /** A funding stream code of the family's own, for the title-block writes. */
    static String streamOf(FamilyInCare family) {
        return "SYSTEM_TEST_"
                + family.referralId().replace("-", "").substring(0, 12).toUpperCase(java.util.Locale.ROOT);
    }

    /** A valid impact report title block: invented, about the grant, nothing personal. */
    static Map<String, Object> titleBlock() {
        return Map.of(
                "projectTitle", "Parent-infant therapy in Didcot",
                "funderName", "A fictitious trust",
                "description", "Specialist psychotherapy for parents and babies.",
                "area", "Didcot and the villages around it");
    }

    private static Call call(Endpoint e, String pathValue, String body, Map<String, String> headers) {
        return call(e, pathValue, body, headers, "");
    }

    private static Call call(Endpoint e, String pathValue, String body, Map<String, String> headers, String query) {
        String path = e.path().replaceAll("\\{[^}]+}", pathValue == null ? "" : pathValue);
        String url = RunningStack.stack().serviceUrl(e.service()) + path + query;
        return new Call(
                e, url, body == null ? null : body.getBytes(StandardCharsets.UTF_8), new LinkedHashMap<>(headers));
    }

    /** A call to a path with several parameters, each given its own value. */
    private static Call callWith(
            Endpoint e, Map<String, String> pathValues, String body, Map<String, String> headers, String query) {
        String path = e.path();
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        String url = RunningStack.stack().serviceUrl(e.service()) + path + query;
        return new Call(
                e, url, body == null ? null : body.getBytes(StandardCharsets.UTF_8), new LinkedHashMap<>(headers));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
