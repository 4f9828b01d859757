package org.oxpip.platform.testing;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The contract run exactly as a service runs it, on the small service of ServiceWithDatabaseTest. */
@QuarkusTest
@TestProfile(DatabaseUnavailableContract.DatabaseUnreachable.class)
class DatabaseUnavailableContractTest extends DatabaseUnavailableContract {

    @Override
    protected String token() {
        return TestTokens.staff("admin");
    }

    @Override
    protected Response callNeedingTheDatabase(RequestSpecification request) {
        return request.when().get("/probe");
    }
}
