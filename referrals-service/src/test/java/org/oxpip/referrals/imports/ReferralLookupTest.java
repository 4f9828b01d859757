package org.oxpip.referrals.imports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.oxpip.referrals.imports.ImportFiles.csv;
import static org.oxpip.referrals.imports.ImportFiles.declined;
import static org.oxpip.referrals.imports.ImportFiles.family;
import static org.oxpip.referrals.imports.ImportFiles.run;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.TestTokens;

/** outcomes-service's batch lookup of imported referrals by externalRef: the service role only, no personal data. */
@QuarkusTest
class ReferralLookupTest {

    private static final String LOOKUP = "/api/v1/imports/referrals/lookup";

    @Test
    void shouldAnswerTheStatusOfEachImportedFamilyAndLeaveOutUnknownRefs() {
        String refs = ImportFiles.refs();
        JsonPath imported = run(csv(List.of(family(refs + "1"), declined(refs + "2"))), "?sheet=referrals&commit=true");
        assertEquals("DONE", imported.getString("status"));

        JsonPath found = given().auth()
                .oauth2(TestTokens.service("outcomes-service", "referral-reader"))
                .contentType("application/json")
                .body(Map.of("externalRefs", List.of(refs + "1", refs + "2", refs + "unknown")))
                .when()
                .post(LOOKUP)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, Object> referrals = found.getMap("referrals");
        assertEquals(2, referrals.size());
        assertEquals("CLOSED", found.getString("referrals.'" + refs + "1'.status"));
        assertEquals("2023-03-01", found.getString("referrals.'" + refs + "1'.receivedOn"));
        assertFalse(found.getBoolean("referrals.'" + refs + "1'.erased"));
        assertEquals("DECLINED", found.getString("referrals.'" + refs + "2'.status"));
        assertNull(referrals.get(refs + "unknown"));
        String body = found.prettify();
        for (String personal : ImportFiles.PERSONAL) {
            assertFalse(body.contains(personal));
        }
    }

    @Test
    void shouldBeOpenToTheReferralReaderServiceOnly() {
        Map<String, Object> body = Map.of("externalRefs", List.of("X"));
        given().contentType("application/json")
                .body(body)
                .when()
                .post(LOOKUP)
                .then()
                .statusCode(401);
        for (String role : List.of("admin", "clinician", "manager", "funder")) {
            given().auth()
                    .oauth2(TestTokens.staff(role))
                    .contentType("application/json")
                    .body(body)
                    .when()
                    .post(LOOKUP)
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void shouldRefuseAnEmptyOrMissingList() {
        for (Object body : List.of(Map.of("externalRefs", List.of()), Map.of())) {
            given().auth()
                    .oauth2(TestTokens.service("outcomes-service", "referral-reader"))
                    .contentType("application/json")
                    .body(body)
                    .when()
                    .post(LOOKUP)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }
}
