package org.oxpip.referrals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.oxpip.platform.testing.DatabaseUnavailableContract;
import org.oxpip.platform.testing.TestTokens;

/**
 * When PostgreSQL cannot be reached, the audit trail (admin only, one table) answers 503 with
 * Retry-After and names nothing of the database: platform-testing's contract, run on this service.
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
}
