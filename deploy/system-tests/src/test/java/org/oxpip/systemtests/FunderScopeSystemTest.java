package org.oxpip.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.stack.DemoRealm;
import org.oxpip.stack.KeycloakTokens;

/**
 * Issue 12: a funder sees the figures of the grants it funds and no others. The demo funder's token carries
 * {@code funding_streams: ["DIDCOT_POWERHOUSE"]}, set in the realm, not by the user. Another stream is 403 on
 * every report; a report without a stream covers its own streams only.
 */
@ExtendWith(RunningStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunderScopeSystemTest {

    private static final String OWN = "DIDCOT_POWERHOUSE";
    private final String other =
            "OTHER_GRANT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final LocalDate from = Families.today().withDayOfYear(1);
    private final LocalDate to = from.plusYears(1).minusDays(1);

    @BeforeAll
    void familiesInBothStreamsThenASync() {
        Referrals.submit(
                Tokens.clinician(), Families.staffReferral(Families.parent("OX11"), "GP", Families.today(), other));
        Referrals.submit(
                Tokens.clinician(), Families.staffReferral(Families.parent("OX11"), "GP", Families.today(), OWN));
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post(RunningStack.stack().reportingUrl() + "/api/v1/sync")
                .then()
                .statusCode(200);
    }

    @Test
    void theDemoFundersTokenShouldNameItsOwnStream() {
        JsonNode claim = KeycloakTokens.claims(Tokens.user(DemoRealm.FUNDER)).path("funding_streams");
        assertTrue(claim.isArray(), "funding_streams in the funder's token is a list: " + claim);
        assertEquals(List.of(OWN), List.of(claim.get(0).asText()), "the demo funder funds " + OWN + ": " + claim);
        assertEquals(1, claim.size());
    }

    @Test
    void anotherStreamShouldBeForbiddenOnEveryReport() {
        for (String path : List.of("/summary", "/summary.csv", "/trend")) {
            String answer = funder().queryParam("interval", "year")
                    .queryParam("fundingStream", other)
                    .when()
                    .get(url(path))
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .extract()
                    .asString();
            assertFalse(answer.contains(other), path + " must not repeat the stream asked for: " + answer);
        }
    }

    @Test
    void itsOwnStreamShouldBeAllowed() {
        funder().queryParam("fundingStream", OWN)
                .when()
                .get(url("/summary"))
                .then()
                .statusCode(200);
        funder().queryParam("fundingStream", OWN)
                .queryParam("interval", "year")
                .when()
                .get(url("/trend"))
                .then()
                .statusCode(200);
    }

    @Test
    void aReportWithoutAStreamShouldCoverOnlyItsOwnStreams() {
        JsonPath unfiltered = funder().when()
                .get(url("/summary"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath ownStream = given().auth()
                .oauth2(Tokens.user(DemoRealm.MANAGER))
                .queryParam("forPublication", true)
                .queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .queryParam("fundingStream", OWN)
                .when()
                .get(url("/summary"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        for (String section : List.of("referrals", "waiting", "activity", "outcomes")) {
            assertEquals(ownStream.getMap(section), unfiltered.getMap(section), section);
        }
        Map<String, Object> everything = given().auth()
                .oauth2(Tokens.user(DemoRealm.MANAGER))
                .queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .when()
                .get(url("/summary"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("referrals.received");
        Map<String, Object> own = ownStream.getMap("referrals.received");
        System.out.printf(
                "Funder scope: %s referrals this year in every stream, the funder's report counts %s%n",
                everything.get("value"), own.get("value"));
        assertTrue(
                ((Number) everything.get("value")).longValue() > ((Number) own.get("value")).longValue(),
                "the other stream's referral is not in the funder's figures");
    }

    private RequestSpecification funder() {
        return given().auth()
                .oauth2(Tokens.user(DemoRealm.FUNDER))
                .queryParam("from", from.toString())
                .queryParam("to", to.toString());
    }

    private static String url(String path) {
        return RunningStack.stack().reportingUrl() + "/api/v1/reports" + path;
    }
}
