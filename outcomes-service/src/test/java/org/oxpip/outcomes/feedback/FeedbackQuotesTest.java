package org.oxpip.outcomes.feedback;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.outcomes.testing.Api.as;
import static org.oxpip.outcomes.testing.Api.measure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.outcomes.erasure.ErasurePoll;
import org.oxpip.outcomes.testing.Api;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;

/**
 * Parents' feedback from the questionnaire to a quote and back out: each consent value, each transition
 * (approve, edit, withdraw, the consent corrected away, erasure) with its audit rows, and what the quotes feed
 * shows after each. Every comment carries a made-up name, so a search finds where the parent's words went.
 */
@QuarkusTest
class FeedbackQuotesTest {

    private static final String FEEDBACK = "/api/v1/feedback";
    private static final String QUOTE = FEEDBACK + "/{id}/quote";
    private static final String STREAMS = ReferralsStub.FUNDING_STREAM;

    @Inject
    ErasurePoll poll;

    @BeforeEach
    @AfterEach
    void nothingPending() {
        ReferralsStub.resetErasures();
    }

    /** A questionnaire recorded with this consent; gives its ids and its (unique) comment. */
    record Recorded(UUID referral, String assessmentId, String feedbackId, String comment) {}

    static Recorded questionnaire(String consent, String consentDate) {
        UUID referral = ReferralsStub.referral("IN_THERAPY");
        String comment = "Priya Okonkwo-" + UUID.randomUUID().toString().substring(0, 8)
                + " and baby Ava felt so much closer after the sessions";
        Map<String, Object> body = measure(referral, "SATISFACTION", "END", "PARENT_1", "2025-01-20", 1, 5, 4, 5);
        body.put("comments", comment);
        if (consent != null) {
            body.put("commentsConsent", consent);
        }
        if (consentDate != null) {
            body.put("commentsConsentDate", consentDate);
        }
        var response = Api.record(body).statusCode(201).extract();
        return new Recorded(referral, response.path("id"), response.path("feedbackId"), comment);
    }

    static Map<String, Object> quote(String text, String... streams) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fundingStreams", List.of(streams.length == 0 ? new String[] {STREAMS} : streams));
        if (text != null) {
            body.put("text", text);
        }
        return body;
    }

    static ValidatableResponse approve(String feedbackId, Map<String, Object> body) {
        return as("manager").body(body).when().post(QUOTE, feedbackId).then();
    }

    static List<String> audited(String feedbackId) {
        return Rows.strings("SELECT action || ' by ' || role FROM audit_entry WHERE record_type = 'feedback'"
                + " AND record_id = '" + feedbackId + "' AND action <> 'LIST' ORDER BY at, action");
    }

    /** Every item of the quotes feed for this quote, in feed order. */
    static List<Map<String, Object>> fed(String quoteId) {
        List<Map<String, Object>> items = as("feed-reader")
                .when()
                .get("/api/v1/feed/quotes?limit=1000")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return items.stream()
                .filter(item -> quoteId.equals(item.get("quoteId")))
                .toList();
    }

    @Test
    void withoutAConsentTheCommentsShouldStayNotSharedAndNeverBeListedOrQuoted() {
        Recorded feedback = questionnaire(null, null);
        as("clinician")
                .when()
                .get(Api.ASSESSMENT, feedback.assessmentId())
                .then()
                .body("commentsConsent", equalTo("NOT_SHARED"))
                .body("comments", equalTo(feedback.comment()));
        listed(false).body("items.id", not(hasItem(feedback.feedbackId())));
        Map<String, Long> before = Rows.counts();

        approve(feedback.feedbackId(), quote(null))
                .statusCode(422)
                .body("type", equalTo("https://oxpip.org/problems/no-quote-consent"));

        before.put("audit_entry", before.get("audit_entry"));
        assertEquals(before, Rows.counts(), "a refused approval stores nothing");
    }

    @Test
    void serviceOnlyCommentsShouldBeListedForStaffButNeverQuoted() {
        Recorded feedback = questionnaire("SERVICE_ONLY", "2025-01-20");
        listed(false)
                .body("items.find { it.id == '" + feedback.feedbackId() + "' }.comments", equalTo(feedback.comment()));
        listed(true).body("items.id", not(hasItem(feedback.feedbackId())));

        approve(feedback.feedbackId(), quote("Made closer"))
                .statusCode(422)
                .body("type", equalTo("https://oxpip.org/problems/no-quote-consent"));
        assertEquals(List.of(), audited(feedback.feedbackId()));
    }

    @Test
    void quotableFeedbackShouldBeListedWithoutTheFamilyAndApprovedWithTheEditBesideTheOriginal() {
        Recorded feedback = questionnaire("QUOTE_ANONYMOUSLY", "2025-01-20");
        String item = "items.find { it.id == '" + feedback.feedbackId() + "' }";
        listed(true)
                .body(item + ".completedOn", equalTo("2025-01-20"))
                .body(item + ".fundingStream", equalTo(STREAMS))
                .body(item + ".experience", equalTo("positive"))
                .body(item + ".answers", equalTo(List.of(1, 5, 4, 5)))
                .body(item + ".commentsConsent", equalTo("QUOTE_ANONYMOUSLY"))
                .body(item + ".referralId", nullValue())
                .body(item + ".assessmentId", nullValue())
                .body(item + ".quote", nullValue());
        assertFalse(
                as("manager")
                        .when()
                        .get(FEEDBACK + "?quotable=true&size=100")
                        .asString()
                        .contains(feedback.referral().toString()),
                "the list never names the family's referral");

        String edited = "We felt so much closer to our baby after the sessions";
        var approved = approve(feedback.feedbackId(), quote(edited))
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header(
                        "Location",
                        org.hamcrest.Matchers.endsWith("/api/v1/feedback/" + feedback.feedbackId() + "/quote"))
                .body("status", equalTo("APPROVED"))
                .body("text", equalTo(edited))
                .body("originalText", equalTo(feedback.comment()))
                .body("edited", equalTo(true))
                .body("month", equalTo("2025-01"))
                .body("fundingStreams", equalTo(List.of(STREAMS)))
                .extract();
        String quoteId = approved.path("id");
        assertEquals(List.of("APPROVE_QUOTE by manager"), audited(feedback.feedbackId()));

        List<Map<String, Object>> items = fed(quoteId);
        assertEquals(1, items.size());
        assertEquals(true, items.get(0).get("approved"));
        assertEquals(edited, items.get(0).get("text"));
        assertEquals("2025-01", items.get(0).get("month"));
        assertEquals(List.of(STREAMS), items.get(0).get("fundingStreams"));
        String page =
                as("feed-reader").when().get("/api/v1/feed/quotes?limit=1000").asString();
        assertFalse(page.contains(feedback.comment()), "the parent's unedited words never reach the feed");
        assertFalse(page.contains(feedback.referral().toString()), "nor the referral");
        assertFalse(page.contains(feedback.assessmentId()), "nor the assessment");
        assertFalse(page.contains(feedback.feedbackId()), "nor the feedback id");

        approve(feedback.feedbackId(), quote(edited))
                .statusCode(409)
                .body("type", equalTo("https://oxpip.org/problems/quote-approved"));
    }

    @Test
    void emptyOrOversizedQuotesAndMissingStreamsShouldBeRefusedChangingNothing() {
        Recorded feedback = questionnaire("QUOTE_ANONYMOUSLY", "2025-01-20");
        Map<String, Long> before = Rows.counts();

        approve(feedback.feedbackId(), quote("   ")).statusCode(400).body("errors.field", hasItem("text"));
        approve(feedback.feedbackId(), quote("x".repeat(1001))).statusCode(400).body("errors.field", hasItem("text"));
        approve(feedback.feedbackId(), Map.of("fundingStreams", List.of()))
                .statusCode(400)
                .body("errors.field", hasItem("fundingStreams"));
        approve(feedback.feedbackId(), quote("Fine", "didcot powerhouse"))
                .statusCode(400)
                .body("errors.field", hasItem("fundingStreams[0]"));
        approve(UUID.randomUUID().toString(), quote("Fine")).statusCode(404);

        assertEquals(before, Rows.counts());
        approve(feedback.feedbackId(), quote("x".repeat(1000))).statusCode(201);
    }

    @Test
    void theConsentShouldBeCheckedWhereItIsRecorded() {
        UUID referral = ReferralsStub.referral("IN_THERAPY");
        Map<String, Object> body = measure(referral, "SATISFACTION", "END", "PARENT_1", "2025-01-20", 1, 5, 4, 5);
        body.put("commentsConsent", "QUOTE_ANONYMOUSLY");
        Api.record(body).statusCode(400).body("errors.field", hasItem("commentsConsentDate"));
        body.put("commentsConsent", "MAYBE");
        body.put("commentsConsentDate", "2025-01-20");
        Api.record(body).statusCode(400).body("errors.field", hasItem("commentsConsent"));
        Map<String, Object> phq9 = Api.phq9(referral);
        phq9.put("commentsConsent", "SERVICE_ONLY");
        Api.record(phq9).statusCode(400).body("errors.field", hasItem("commentsConsent"));
    }

    @Test
    void editingAndWithdrawingShouldBeAuditedAndTheFeedShouldDropTheWords() {
        Recorded feedback = questionnaire("QUOTE_ANONYMOUSLY", "2025-01-20");
        String quoteId = approve(feedback.feedbackId(), quote(null))
                .statusCode(201)
                .body("edited", equalTo(false))
                .extract()
                .path("id");

        String edited = "The sessions helped us so much";
        as("manager")
                .header("If-Match", "\"0\"")
                .body(quote(edited, STREAMS, "OTHER_FUND"))
                .when()
                .put(QUOTE, feedback.feedbackId())
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("text", equalTo(edited))
                .body("originalText", equalTo(feedback.comment()))
                .body("fundingStreams", equalTo(List.of(STREAMS, "OTHER_FUND")));
        as("manager")
                .header("If-Match", "\"0\"")
                .body(quote("stale"))
                .when()
                .put(QUOTE, feedback.feedbackId())
                .then()
                .statusCode(412);
        assertEquals(edited, fed(quoteId).get(0).get("text"), "the feed shows the quote as it stands now");
        assertFalse(
                as("feed-reader")
                        .when()
                        .get("/api/v1/feed/quotes?limit=1000")
                        .asString()
                        .contains(feedback.comment()),
                "the unedited words are gone from every page of the feed");

        as("manager")
                .header("If-Match", "\"1\"")
                .body(Map.of("reason", "The parent asked us not to use it"))
                .when()
                .delete(QUOTE, feedback.feedbackId())
                .then()
                .statusCode(204);
        as("manager")
                .header("If-Match", "\"2\"")
                .body(Map.of("reason", "again"))
                .when()
                .delete(QUOTE, feedback.feedbackId())
                .then()
                .statusCode(409);
        as("manager")
                .when()
                .get(QUOTE, feedback.feedbackId())
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnBy", equalTo("manager"));

        List<Map<String, Object>> items = fed(quoteId);
        assertEquals(3, items.size(), "approved, edited, withdrawn");
        items.forEach(item -> {
            assertEquals(false, item.get("approved"));
            assertNull(item.get("text"));
        });
        assertEquals(
                List.of(
                        "APPROVE_QUOTE by manager",
                        "EDIT_QUOTE by manager",
                        "WITHDRAW_QUOTE by manager",
                        "READ by manager"),
                audited(feedback.feedbackId()));

        approve(feedback.feedbackId(), quote(edited)).statusCode(201).header("ETag", "\"3\"");
        assertEquals(true, fed(quoteId).get(0).get("approved"), "approved again, under the same quote id");
    }

    @Test
    void aConsentCorrectedAwayShouldWithdrawTheQuoteAtOnce() {
        Recorded feedback = questionnaire("QUOTE_ANONYMOUSLY", "2025-01-20");
        String quoteId = approve(feedback.feedbackId(), quote("We felt closer"))
                .statusCode(201)
                .extract()
                .path("id");

        Map<String, Object> correction =
                Api.correction("END", "2025-01-20", "The parent withdrew consent to quoting", 1, 5, 4, 5);
        correction.put("comments", feedback.comment());
        correction.put("commentsConsent", "SERVICE_ONLY");
        correction.put("commentsConsentDate", "2025-02-01");
        as("clinician")
                .header("If-Match", "\"0\"")
                .body(correction)
                .when()
                .put(Api.ASSESSMENT, feedback.assessmentId())
                .then()
                .statusCode(200)
                .body("commentsConsent", equalTo("SERVICE_ONLY"));

        as("manager")
                .when()
                .get(QUOTE, feedback.feedbackId())
                .then()
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnBy", equalTo("clinician"))
                .body("withdrawalReason", equalTo(Quotes.CONSENT_CHANGED));
        assertTrue(audited(feedback.feedbackId()).contains("WITHDRAW_QUOTE by clinician"));
        fed(quoteId).forEach(item -> assertEquals(false, item.get("approved")));
        approve(feedback.feedbackId(), quote("We felt closer")).statusCode(422);
    }

    @Test
    void anErasureShouldEraseTheQuoteAndTheAuditShouldSayWhen() {
        Recorded feedback = questionnaire("QUOTE_ANONYMOUSLY", "2025-01-20");
        String edited = "Erasable words " + UUID.randomUUID();
        String quoteId = approve(feedback.feedbackId(), quote(edited))
                .statusCode(201)
                .extract()
                .path("id");

        ReferralsStub.pending(feedback.referral());
        poll.poll();

        assertEquals(0, Rows.rowsContaining(edited), "the approved text is nowhere in the database");
        assertEquals(0, Rows.rowsContaining(feedback.comment()), "nor the parent's words");
        assertEquals("ERASED", Rows.string("SELECT status FROM feedback_quote WHERE id = '" + quoteId + "'"));
        assertEquals(List.of("APPROVE_QUOTE by manager", "ERASE by system"), audited(feedback.feedbackId()));
        fed(quoteId).forEach(item -> {
            assertEquals(false, item.get("approved"));
            assertNull(item.get("text"));
        });
        listed(false).body("items.id", not(hasItem(feedback.feedbackId())));
        approve(feedback.feedbackId(), quote(edited)).statusCode(422);
    }

    @Test
    void onlyManagersShouldCurate() {
        for (String role : List.of("clinician", "funder", "admin", "referrer", "feed-reader")) {
            as(role).when().get(FEEDBACK).then().statusCode(403);
        }
        as("manager").when().get(FEEDBACK + "?quotable=maybe").then().statusCode(400);
        as("clinician").when().get("/api/v1/feed/quotes").then().statusCode(403);
    }

    private static ValidatableResponse listed(boolean quotable) {
        return as("manager")
                .when()
                .get(FEEDBACK + "?quotable=" + quotable + "&size=100")
                .then()
                .statusCode(200);
    }
}
