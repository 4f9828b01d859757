package org.oxpip.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.oxpip.platform.testing.DatabaseUnavailableContract;
import org.oxpip.platform.testing.TestTokens;

/** The platform's promise when the database is down, kept by reporting-service's own status endpoint. */
@QuarkusTest
@TestProfile(DatabaseUnavailableTest.Unreachable.class)
class DatabaseUnavailableTest extends DatabaseUnavailableContract {

    @Override
    protected String token() {
        return TestTokens.staff("admin");
    }

    @Override
    protected Response callNeedingTheDatabase(RequestSpecification request) {
        return request.when().get("/api/v1/sync/status");
    }

    /** The scheduled sync stays off, so nothing but the request under test touches the missing database. */
    public static class Unreachable extends DatabaseUnreachable {
        @Override
        protected Map<String, String> serviceConfig() {
            return Map.of("oxpip.sync.every", "off");
        }
    }
}
