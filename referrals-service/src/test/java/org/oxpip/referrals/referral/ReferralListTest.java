package org.oxpip.referrals.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Api;

@QuarkusTest
class ReferralListTest {

    @Test
    void partnerShouldSeeOnlyItsOwnAgencyWhateverItAsksFor() {
        String mine = Api.submitAsPartner(TestTokens.AGENCY_A);
        String theirs = Api.submitAsPartner(TestTokens.AGENCY_B);
        String tokenA = TestTokens.partner(TestTokens.AGENCY_A);
        given().auth()
                .oauth2(tokenA)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(200)
                .body("items.agencyId", everyItem(equalTo("agency-a")))
                .body("items.id", hasItem(mine))
                .body("items.id", not(hasItem(theirs)));
        given().auth()
                .oauth2(tokenA)
                .queryParam("agencyId", "agency-b")
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth()
                .oauth2(tokenA)
                .when()
                .get("/api/v1/referrals/{id}", theirs)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(tokenA)
                .when()
                .get("/api/v1/referrals/{id}", mine)
                .then()
                .statusCode(200)
                .body("id", equalTo(mine));
    }

    @Test
    void staffShouldFilterAndSort() {
        LocalDate received = LocalDate.of(2021, 3, 4);
        String early = Api.submitAsStaff(received);
        String later = Api.submitAsStaff(received.plusDays(1));
        Api.move(later, "ACCEPTED", received.plusDays(2), null);
        String clinician = TestTokens.staff("clinician");

        List<String> ids = given().auth()
                .oauth2(clinician)
                .queryParam("receivedFrom", received.toString())
                .queryParam("receivedTo", received.plusDays(1).toString())
                .queryParam("sourceType", "SELF")
                .queryParam("sort", "receivedOn,asc")
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertEquals(
                List.of(early, later),
                ids.stream().filter(id -> id.equals(early) || id.equals(later)).toList());

        given().auth()
                .oauth2(clinician)
                .queryParam("status", "ACCEPTED")
                .queryParam("receivedFrom", received.toString())
                .queryParam("receivedTo", received.plusDays(1).toString())
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(later))
                .body("items.id", not(hasItem(early)));

        String reference = given().auth()
                .oauth2(clinician)
                .when()
                .get("/api/v1/referrals/{id}", early)
                .then()
                .extract()
                .path("reference");
        given().auth()
                .oauth2(clinician)
                .queryParam("q", reference.toLowerCase())
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(early));

        given().auth()
                .oauth2(clinician)
                .queryParam("area", "ox11")
                .queryParam("eligible", true)
                .queryParam("fundingStream", "DIDCOT_POWERHOUSE")
                .queryParam("size", 5)
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(200)
                .body("items.area", everyItem(equalTo("OX11")))
                .body("size", equalTo(5));
    }

    @Test
    void badSortOrFilterShouldBeAFieldError() {
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .queryParam("sort", "familyName,asc")
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .queryParam("status", "HAPPY")
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .queryParam("receivedFrom", "0000-00-00")
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void detailShouldCarryAnETagAndBeAudited() {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        var read = given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/referrals/{id}", id)
                .then()
                .statusCode(200)
                .extract();
        int version = read.path("version");
        assertEquals("\"" + version + "\"", read.header("ETag"), "the ETag is the quoted version, nothing else");

        Api.move(id, "ACCEPTED", null, null);
        var moved = given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/referrals/{id}", id)
                .then()
                .statusCode(200)
                .extract();
        int newVersion = moved.path("version");
        assertTrue(newVersion > version, "a change makes a new version");
        assertEquals("\"" + newVersion + "\"", moved.header("ETag"), "and the ETag follows it");
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .queryParam("referralId", id)
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("CREATE"))
                .body("items.action", hasItem("READ"))
                .body("items.actor", hasItem("clinician"));
    }

    @Test
    void detailForAMissingOrMalformedIdShouldBeAProblem() {
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/referrals/{id}", "not-a-uuid")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/referrals/{id}", "00000000-0000-4000-8000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
