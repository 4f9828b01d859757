package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.stack.Service;

/**
 * Issue 6, case 7: after the whole run (this class goes last), none of the invented families' names, NHS
 * numbers, phone numbers, full postcodes or e-mail addresses is in any log of the stack, in any row of the
 * reporting database, or in any change feed (the quotes feed too). Before searching, it sends one more family down every route
 * where personal data could slip out: free-text reasons, notes and satisfaction comments naming the parent,
 * refused requests full of personal data, an erasure, and a sync.
 */
@ExtendWith(RunningStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(Integer.MAX_VALUE)
class PrivacySystemTest {

    private Set<String> personalData;
    private String familyName;
    private String sessionNote;

    @BeforeAll
    void oneMoreFamilyDownEveryRouteThenASync() {
        Families.Parent parent = Families.parent("OX11");
        Map<String, Object> body = Families.partnerReferral(parent);
        String id = given().auth()
                .oauth2(Tokens.partnerA())
                .header("Idempotency-Key", "privacy-" + parent.nhsNumber())
                .contentType("application/json")
                .body(body)
                .when()
                .post(Referrals.url("/referrals"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // Refused requests carrying personal data: a bad NHS number, a postcode that is not one.
        Map<String, Object> badNhs = Families.partnerReferral(new Families.Parent(
                parent.givenName(),
                parent.familyName(),
                parent.dateOfBirth(),
                parent.nhsNumber().substring(0, 9) + "x",
                parent.postcode(),
                parent.phone(),
                parent.email()));
        given().auth()
                .oauth2(Tokens.partnerA())
                .contentType("application/json")
                .body(badNhs)
                .when()
                .post(Referrals.url("/referrals"))
                .then()
                .statusCode(400);
        Families.remember(parent.nhsNumber().substring(0, 9) + "x");
        Referrals.move(id, "ACCEPTED");
        String name = parent.givenName() + " " + parent.familyName();
        given().auth()
                .oauth2(Tokens.clinician())
                .header("If-Match", Referrals.etag(id))
                .contentType("application/json")
                .body(Map.of("to", "WAITING", "reason", "Spoke to " + name + " on " + parent.phone()))
                .when()
                .post(Referrals.url("/referrals/" + id + "/transitions"))
                .then()
                .statusCode(200);
        // Sessions (issue 17): notes and a deletion reason naming the parent, a correction that keeps one as a
        // replaced version, and the parent's equality monitoring (codes, which do reach the feed).
        String attended = Sessions.record(
                id, Families.today(), "ATTENDED", "Saw " + name + " at home; call back on " + parent.phone());
        given().auth()
                .oauth2(Tokens.clinician())
                .header("If-Match", "\"0\"")
                .contentType("application/json")
                .body(Sessions.body(Families.today(), "ATTENDED", name + " and the baby; write to " + parent.email()))
                .when()
                .put(Referrals.url("/referrals/" + id + "/sessions/" + attended))
                .then()
                .statusCode(200);
        String mistaken = Sessions.record(id, Families.today(), "DID_NOT_ATTEND", "No answer from " + name);
        given().auth()
                .oauth2(Tokens.clinician())
                .header("If-Match", "\"0\"")
                .contentType("application/json")
                .body(Map.of("reason", "Meant for " + name + "'s neighbour, not " + parent.nhsNumber()))
                .when()
                .delete(Referrals.url("/referrals/" + id + "/sessions/" + mistaken))
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.clinician())
                .header("If-Match", "\"0\"")
                .contentType("application/json")
                .body(Map.of("ethnicGroup", "PREFER_NOT_TO_SAY", "relationshipToBaby", "BIRTH_MOTHER"))
                .when()
                .put(Referrals.url("/referrals/" + id + "/parents/1/monitoring"))
                .then()
                .statusCode(200);
        sessionNote = "call back on " + parent.phone();
        String assessment = Measures.record(
                        id, "PHQ9", "BASELINE", Families.today(), List.of(1, 1, 1, 1, 1, 1, 1, 1, 2))
                .getString("id");
        given().auth()
                .oauth2(Tokens.clinician())
                .contentType("application/json")
                .body(Map.of("note", "Called " + name + " at " + parent.phone()))
                .when()
                .post(Measures.url("/alerts/" + Alerts.find("OPEN", assessment).get("id") + "/acknowledge"))
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.clinician())
                .contentType("application/json")
                .body(Map.of(
                        "referralId",
                        id,
                        "instrument",
                        "SATISFACTION",
                        "timepoint",
                        "END",
                        "respondent",
                        "PARENT_1",
                        "completedOn",
                        Families.today().toString(),
                        "answers",
                        List.of(1, 5, 5, 5),
                        "comments",
                        name + " says the sessions helped; call " + parent.phone()))
                .when()
                .post(Measures.url("/assessments"))
                .then()
                .statusCode(201);
        // A parent who may be quoted, naming herself: the manager approves an edit without the name, so only the
        // edit may reach reporting-service (the quotes feed and its read model), never these words.
        String words = name + " says the sessions helped; call " + parent.phone();
        Families.remember(words);
        String feedbackId = Feedback.record(id, Feedback.QUOTABLE, words).getString("feedbackId");
        Feedback.approve(feedbackId, "The sessions helped us.");
        // And a family whose personal data is erased on request.
        String erased = Referrals.submit(Tokens.partnerA(), Families.partnerReferral());
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post(Referrals.url("/referrals/" + erased + "/erasure"))
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post(RunningStack.stack().reportingUrl() + "/api/v1/sync")
                .then()
                .statusCode(200);
        personalData = Families.personalData();
        familyName = parent.familyName();
    }

    /** The search itself works: referrals-service's own database does hold the family, and it is found there. */
    @Test
    void theSearchShouldFindTheFamilyWhereItBelongs() {
        StringBuilder referrals = new StringBuilder();
        Tables.eachRowAsText(Service.REFERRALS, row -> referrals.append(row).append('\n'));
        assertTrue(
                search("referrals database", referrals.toString()).stream().anyMatch(f -> f.contains(familyName)),
                "the family's name in referrals-service's own tables");
        assertTrue(
                referrals.toString().contains(sessionNote),
                "the session's note is in referrals-service's own tables, where the search below looks for it");
    }

    @Test
    void noLogShouldHoldAnyFamilysPersonalData() {
        List<String> found = new ArrayList<>();
        long[] bytesAndFiles = {0, 0};
        List<String> started = new ArrayList<>();
        PersonalDataSearch.eachLog((name, text) -> {
            bytesAndFiles[0] += text.length();
            bytesAndFiles[1]++;
            found.addAll(search(name, text));
            if (text.contains("(main) " + name.replace(".log", "") + " ") && text.contains(" started in ")) {
                started.add(name);
            }
        });
        // Positive control: the search read each service's own log of this run, not an empty or missing file.
        assertEquals(
                List.of("outcomes-service.log", "referrals-service.log", "reporting-service.log"),
                started,
                "each service's log holds its start-up line");
        System.out.printf(
                "Privacy: %d personal values searched for in %d log files (%d kB): %d found%n",
                personalData.size(), bytesAndFiles[1], bytesAndFiles[0] / 1024, found.size());
        assertEquals(List.of(), found);
    }

    @Test
    void theReportingDatabaseShouldHoldNoPersonalDataAtAll() {
        StringBuilder everything = new StringBuilder();
        int[] rows = {0};
        Tables.eachRowAsText(Service.REPORTING, row -> {
            everything.append(row).append('\n');
            rows[0]++;
        });
        List<String> found = search("reporting database", everything.toString());
        System.out.printf(
                "Privacy: %d personal values searched for in all %d rows of the reporting database: %d found%n",
                personalData.size(), rows[0], found.size());
        assertEquals(List.of(), found);
    }

    @Test
    void neitherChangeFeedShouldHoldPersonalData() {
        List<String> found = new ArrayList<>();
        int[] items = {0};
        PersonalDataSearch.eachFeedPage((feed, page) -> {
            items[0] += page.jsonPath().getList("items").size();
            found.addAll(search(feed, page.asString()));
        });
        System.out.printf(
                "Privacy: %d personal values searched for in %d change-feed items: %d found%n",
                personalData.size(), items[0], found.size());
        assertEquals(List.of(), found);
    }

    private List<String> search(String where, String text) {
        return PersonalDataSearch.search(where, text, personalData);
    }
}
