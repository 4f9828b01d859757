package org.oxpip.reporting.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.testing.FeedsStub;
import org.oxpip.reporting.testing.ReadModel;
import org.oxpip.reporting.testing.UpstreamFeeds;

/**
 * What a report request may be, what a report says before the outcome rules were ever read (503), and what
 * it says once they were read but before either feed was.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class ReportRequestsTest {

    @ConfigProperty(name = "quarkus.rest-client.referrals.url")
    String upstreamUrl;

    /** The first day, once the catalogue's outcome rules were read: no feed read yet (and nothing in them). */
    @BeforeEach
    void asOnTheFirstDay() {
        ReadModel.empty();
        UpstreamFeeds upstream = UpstreamFeeds.at(upstreamUrl);
        upstream.reset();
        upstream.page(UpstreamFeeds.REFERRALS, null, List.of(), null, false);
        upstream.page(UpstreamFeeds.ASSESSMENTS, null, List.of(), null, false);
        ReadModel.readRules();
    }

    /**
     * Before the catalogue was ever read there are no outcome rules, and counting would say "no family has
     * paired scores": every report refuses instead, with Retry-After, until the sync has read them.
     */
    @Test
    void shouldRefuseEveryReportBeforeTheOutcomeRulesWereEverRead() {
        ReadModel.empty();
        for (String report : List.of(
                "/api/v1/reports/summary?from=2024-01-01&to=2024-12-31",
                "/api/v1/reports/summary.csv?from=2024-01-01&to=2024-12-31",
                "/api/v1/reports/summary?from=2024-01-01&to=2024-12-31&format=csv",
                "/api/v1/reports/trend?from=2024-01-01&to=2024-12-31&interval=quarter")) {
            for (String token : List.of(TestTokens.staff("manager"), TestTokens.funder("DIDCOT_POWERHOUSE"))) {
                given().auth()
                        .oauth2(token)
                        .when()
                        .get(report)
                        .then()
                        .statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", "10")
                        .body("type", is("https://oxpip.org/problems/rules-not-synced"))
                        .body("detail", containsString("instrument catalogue"));
            }
        }

        syncNow();

        given().auth()
                .oauth2(TestTokens.staff("manager"))
                .when()
                .get("/api/v1/reports/summary?from=2024-01-01&to=2024-12-31")
                .then()
                .statusCode(200);
    }

    /** Rules once read are kept: outcomes-service down (or refusing) later changes nothing for the reports. */
    @Test
    void shouldKeepTheRulesItReadWhenTheCatalogueCannotBeReadAgain() {
        UpstreamFeeds.at(upstreamUrl).catalogueFails(503);

        syncNow()
                .body(
                        "find { it.feed == 'instruments' }.lastError",
                        is("instrument catalogue: upstream answered HTTP 503"));

        given().auth()
                .oauth2(TestTokens.staff("manager"))
                .when()
                .get("/api/v1/reports/summary?from=2024-01-01&to=2024-12-31")
                .then()
                .statusCode(200);
        assertEquals(4, ReadModel.count("SELECT count(*) FROM instrument_rule"));
    }

    @Test
    void shouldListEveryBadParameterAsAProblem() {
        given().auth()
                .oauth2(TestTokens.staff("manager"))
                .when()
                .get("/api/v1/reports/summary?from=2024-02-30&fundingStream=a b&area=OX11 7HJ")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("https://oxpip.org/problems/validation"))
                .body("errors.field", contains("from", "to", "fundingStream", "area"));
    }

    @Test
    void shouldAnswerAProblemEvenWhenCsvWasAskedFor() {
        given().auth()
                .oauth2(TestTokens.funder("DIDCOT_POWERHOUSE"))
                .accept("text/csv")
                .when()
                .get("/api/v1/reports/summary?from=2024-12-31&to=2024-01-01")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("to"));
        given().auth()
                .oauth2(TestTokens.funder("DIDCOT_POWERHOUSE"))
                .when()
                .get("/api/v1/reports/summary.csv?from=2024-01-01")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnUnknownFormatOrInterval() {
        given().auth()
                .oauth2(TestTokens.staff("manager"))
                .when()
                .get("/api/v1/reports/summary?from=2024-01-01&to=2024-12-31&format=xlsx")
                .then()
                .statusCode(400)
                .body("errors.field", contains("format"));
        given().auth()
                .oauth2(TestTokens.staff("manager"))
                .when()
                .get("/api/v1/reports/trend?from=2024-01-01&to=2024-12-31&interval=month")
                .then()
                .statusCode(400)
                .body("errors.field", contains("interval"));
    }

    @Test
    void shouldAnswerBeforeTheFirstFeedSyncWithNoDataAsOf() {
        given().auth()
                .oauth2(TestTokens.staff("manager"))
                .when()
                .get("/api/v1/reports/summary?from=2024-01-01&to=2024-12-31")
                .then()
                .statusCode(200)
                .body("dataAsOf", nullValue())
                .body("referrals.received.value", is(0))
                .body("outcomes.pirgasFamiliesImproved.percent", nullValue())
                .body("waiting.medianDays", nullValue())
                .body("waiting.suppressed", is(false));
        // A funder's rate over nothing is suppressed (its denominator is below 10).
        given().auth()
                .oauth2(TestTokens.funder("DIDCOT_POWERHOUSE"))
                .when()
                .get("/api/v1/reports/summary?from=2024-01-01&to=2024-12-31")
                .then()
                .statusCode(200)
                .body("outcomes.parentsMentalHealthImproved.suppressed", is(true));
    }

    @Test
    void shouldNameTheReportsFactsInTheCsv() {
        given().auth()
                .oauth2(TestTokens.staff("manager"))
                .when()
                .get("/api/v1/reports/summary.csv?from=2024-01-01&to=2024-12-31&area=OX11")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("report,area,,OX11,,,,\r\n"))
                .body(containsString("report,disclosure,,none,,,,\r\n"));
    }

    /** JAX-RS chooses by Accept (SummaryCsv writes the CSV); format= and summary.csv are aliases that win over it. */
    @ParameterizedTest(name = "Accept {0}, format {1}: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "-,                                    -,    application/json",
                "*/*,                                  -,    application/json",
                "application/json,                     -,    application/json",
                "text/csv,                             -,    text/csv",
                "text/*,                               -,    text/csv",
                "'application/json;q=0.5, text/csv',   -,    text/csv",
                "'text/csv;q=0.5, application/json',   -,    application/json",
                "'application/xml, text/csv;q=0.9',    -,    text/csv",
                "text/csv,                             json, application/json",
                "application/json,                     csv,  text/csv",
                "-,                                    csv,  text/csv"
            })
    void shouldAnswerJsonOrCsvAsAsked(String accept, String format, String answered) {
        RequestSpecification request = given().auth().oauth2(TestTokens.staff("manager"));
        if (accept != null) {
            request.header("Accept", accept);
        }
        Response response = request.when()
                .get("/api/v1/reports/summary?from=2024-01-01&to=2024-12-31"
                        + (format == null ? "" : "&format=" + format));
        assertEquals(200, response.statusCode());
        if (answered.equals("text/csv")) {
            assertEquals("text/csv;charset=UTF-8", response.contentType().replace(" ", ""));
            assertEquals(
                    "attachment; filename=\"oxpip-summary-2024-01-01-to-2024-12-31.csv\"",
                    response.header("Content-Disposition"));
            assertTrue(response.asString().startsWith(SummaryCsv.HEADER + "\r\n"), response.asString());
        } else {
            assertTrue(response.contentType().startsWith("application/json"), response.contentType());
            assertNull(response.header("Content-Disposition"));
            assertEquals(0, response.jsonPath().getInt("referrals.received.value"));
        }
    }

    @Test
    void shouldRefuseAnAcceptHeaderItCannotAnswerWithAProblem() {
        given().auth()
                .oauth2(TestTokens.staff("manager"))
                .accept("application/xml")
                .when()
                .get("/api/v1/reports/summary?from=2024-01-01&to=2024-12-31")
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("status", is(406));
        // summary.csv is always CSV: asking it for JSON alone is as unanswerable as before.
        given().auth()
                .oauth2(TestTokens.staff("manager"))
                .accept("application/json")
                .when()
                .get("/api/v1/reports/summary.csv?from=2024-01-01&to=2024-12-31")
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void shouldListTheKnownCategoriesEvenWhenEmpty() {
        given().auth()
                .oauth2(TestTokens.staff("manager"))
                .when()
                .get("/api/v1/reports/summary?from=2024-01-01&to=2024-12-31")
                .then()
                .statusCode(200)
                .body("referrals.bySourceType.category", hasItem("SOCIAL_CARE"))
                .body(
                        "activity.closedByReason.category",
                        contains("COMPLETED", "DID_NOT_ENGAGE", "MOVED_AWAY", "REFERRED_ON", "OTHER"));
    }

    private static ValidatableResponse syncNow() {
        return given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/sync")
                .then()
                .statusCode(200);
    }
}
