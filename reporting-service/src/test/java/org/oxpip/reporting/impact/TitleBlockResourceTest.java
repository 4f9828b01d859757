package org.oxpip.reporting.impact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.testing.FeedsStub;
import org.oxpip.reporting.testing.ReadModel;

/** A funding stream's title block: written by managers only, versioned, strict, short and impersonal. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class TitleBlockResourceTest {

    static final String DIDCOT = "/api/v1/reports/impact/settings/DIDCOT_POWERHOUSE";
    static final String BODY = "{\"projectTitle\": \"Parent-Infant Psychotherapy in Didcot\", \"funderName\": \"The"
            + " Didcot Powerhouse Fund\", \"description\": \"Weekly sessions for families with a baby under two.\","
            + " \"area\": \"Didcot and the villages around it (OX11)\"}";

    @BeforeEach
    void noTitleBlocks() {
        ReadModel.execute("DELETE FROM impact_settings");
    }

    @Test
    void shouldCreateThenChangeOnlyWithTheVersionRead() {
        put(DIDCOT, null, BODY)
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("fundingStream", is("DIDCOT_POWERHOUSE"))
                .body("projectTitle", is("Parent-Infant Psychotherapy in Didcot"))
                .body("version", is(0));
        get(DIDCOT).statusCode(200).header("ETag", "\"0\"").body("funderName", is("The Didcot Powerhouse Fund"));

        String changed = BODY.replace("Didcot Powerhouse Fund", "Powerhouse Trust");
        put(DIDCOT, null, changed).statusCode(428).body("type", is(problem("if-match-required")));
        put(DIDCOT, "\"0\"", changed)
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("funderName", is("The Powerhouse Trust"));
        // A second manager who read version 0 hears that it changed under them; nothing of theirs is stored.
        put(DIDCOT, "\"0\"", BODY).statusCode(412).body("type", is(problem("stale-version")));
        get(DIDCOT).statusCode(200).header("ETag", "\"1\"").body("funderName", is("The Powerhouse Trust"));
    }

    @Test
    void shouldRefuseAnIfMatchForATitleBlockThatDoesNotExist() {
        put(DIDCOT, "\"3\"", BODY).statusCode(412).body("type", is(problem("stale-version")));
        get(DIDCOT).statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "If-Match {0} is 400")
    @ValueSource(strings = {"*", "3", "\"a\"", "\"1\", \"2\""})
    void shouldRefuseAnIfMatchThatIsNotOneOfOurs(String ifMatch) {
        put(DIDCOT, null, BODY).statusCode(201);
        put(DIDCOT, ifMatch, BODY).statusCode(400).body("type", is(problem("invalid-if-match")));
    }

    @Test
    void shouldRefuseABadFundingStreamCode() {
        get("/api/v1/reports/impact/settings/didcot").statusCode(400).body("errors.field", contains("fundingStream"));
        put("/api/v1/reports/impact/settings/A-B", null, BODY)
                .statusCode(400)
                .body("errors.field", contains("fundingStream"));
    }

    @Test
    void shouldReadTheBodyStrictly() {
        put(DIDCOT, null, BODY.replace("}", ", \"logo\": \"x\"}"))
                .statusCode(400)
                .contentType("application/problem+json");
        put(DIDCOT, null, "{\"projectTitle\": \"P\"}")
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("funderName", "description", "area"));
        put(DIDCOT, null, BODY.replace("\"The Didcot Powerhouse Fund\"", "42")).statusCode(400);
        put(DIDCOT, null, BODY.replace("\"The Didcot Powerhouse Fund\"", "\"  \""))
                .statusCode(400)
                .body("errors.field", contains("funderName"));
        put(DIDCOT, null, "").statusCode(400);
        get(DIDCOT).statusCode(404);
    }

    @Test
    void shouldLimitTheLengths() {
        put(DIDCOT, null, BODY.replace("Parent-Infant Psychotherapy in Didcot", "x".repeat(121)))
                .statusCode(400)
                .body("errors.field", contains("projectTitle"));
        put(DIDCOT, null, BODY.replace("Weekly sessions for families with a baby under two.", "y".repeat(601)))
                .statusCode(400)
                .body("errors.field", contains("description"));
        put(
                        DIDCOT,
                        null,
                        BODY.replace("Parent-Infant Psychotherapy in Didcot", "x".repeat(120))
                                .replace("Weekly sessions for families with a baby under two.", ""))
                .statusCode(201);
    }

    @Test
    void shouldRefusePersonalDataWithoutRepeatingIt() {
        String body = BODY.replace("Weekly sessions", "Ask jo.bloggs@example.org about weekly sessions")
                .replace("(OX11)", "(OX11 7HJ)");
        put(DIDCOT, null, body)
                .statusCode(400)
                .body("errors.field", contains("description", "area"))
                .body(not(containsString("jo.bloggs")))
                .body(not(containsString("7HJ")));
        get(DIDCOT).statusCode(404);
    }

    @ParameterizedTest(name = "{0} may not read or write a title block")
    @ValueSource(strings = {"funder", "clinician", "admin", "referrer", "feed-reader"})
    void shouldLetOnlyManagersIn(String role) {
        String token = role.equals("funder") ? TestTokens.funder("DIDCOT_POWERHOUSE") : TestTokens.staff(role);
        given().auth().oauth2(token).when().get(DIDCOT).then().statusCode(403);
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(BODY)
                .when()
                .put(DIDCOT)
                .then()
                .statusCode(403);
        given().when().get(DIDCOT).then().statusCode(401);
        given().contentType("application/json")
                .body(BODY)
                .when()
                .put(DIDCOT)
                .then()
                .statusCode(401);
        get(DIDCOT).statusCode(404);
    }

    static String problem(String slug) {
        return "https://oxpip.org/problems/" + slug;
    }

    private static ValidatableResponse get(String path) {
        return given().auth()
                .oauth2(TestTokens.staff("manager"))
                .when()
                .get(path)
                .then();
    }

    static ValidatableResponse put(String path, String ifMatch, String body) {
        var request = given().auth()
                .oauth2(TestTokens.staff("manager"))
                .contentType("application/json")
                .body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(path).then();
    }
}
