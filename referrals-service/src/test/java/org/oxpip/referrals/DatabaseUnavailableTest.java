package org.oxpip.referrals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.DatabaseUnavailableContract;
import org.oxpip.platform.testing.TestTokens;

/**
 * When PostgreSQL cannot be reached, the audit trail (admin only, one table) answers 503 with
 * Retry-After and names nothing of the database: platform-testing's contract, run on this service; on a
 * FHIR route as an OperationOutcome.
 */
@QuarkusTest
@TestProfile(DatabaseUnavailableContract.DatabaseUnreachable.class)
class DatabaseUnavailableTest extends DatabaseUnavailableContract {

    @Override
    protected String token() {
        return TestTokens.staff("admin");
    }

    @Override
    protected Response callNeedingTheDatabase(RequestSpecification request) {
        return request.queryParam("referralId", UUID.randomUUID()).when().get("/api/v1/audit");
    }

    /** On a FHIR route the same 503 is an OperationOutcome (FhirRefusals), still with Retry-After. */
    @Test
    void aFhirRouteShouldAnswerTheOutageAsAnOperationOutcome() {
        given().auth()
                .oauth2(token())
                .accept("application/fhir+json")
                .when()
                .get("/fhir/r4/ServiceRequest/" + UUID.randomUUID())
                .then()
                .statusCode(503)
                .header("Retry-After", notNullValue())
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].severity", equalTo("fatal"))
                .body("issue[0].code", equalTo("transient"));
    }
}
