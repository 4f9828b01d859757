package org.oxpip.outcomes;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.oxpip.platform.testing.DatabaseUnavailableContract;
import org.oxpip.platform.testing.TestTokens;

/**
 * When PostgreSQL cannot be reached, the risk-alert list (which reads only our database) answers 503
 * with Retry-After: platform-testing's contract, run against this whole service. The erasure poll
 * stays off, as in every test profile.
 */
@QuarkusTest
@TestProfile(DatabaseUnavailableContract.DatabaseUnreachable.class)
class DatabaseUnavailableTest extends DatabaseUnavailableContract {

    @Override
    protected String token() {
        return TestTokens.staff("clinician");
    }

    @Override
    protected Response callNeedingTheDatabase(RequestSpecification request) {
        return request.when().get("/api/v1/alerts");
    }
}
