package org.oxpip.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every service promises when its database cannot be reached: 503 with Retry-After as a problem
 * document naming no host, port or driver, while authentication still works. The service runs for real
 * (its own resources, Hibernate, Agroal, the PostgreSQL driver, the platform's mappers) against a port
 * where nothing listens. Each service subclasses it with one endpoint that needs its database:
 *
 * <pre>{@code
 * @QuarkusTest
 * @TestProfile(DatabaseUnavailableContract.DatabaseUnreachable.class)
 * class DatabaseUnavailableTest extends DatabaseUnavailableContract {
 *     protected String token() { return TestTokens.staff("admin"); }
 *     protected Response callNeedingTheDatabase(RequestSpecification request) {
 *         return request.queryParam("referralId", UUID.randomUUID()).when().get("/api/v1/audit");
 *     }
 * }
 * }</pre>
 */
public abstract class DatabaseUnavailableContract {

    // The tests are public: they run in a subclass in another package.

    /** A token whose role may make the call. */
    protected abstract String token();

    /** One of the service's own requests that needs its database, made on {@code request}. */
    protected abstract Response callNeedingTheDatabase(RequestSpecification request);

    @Test
    public void aCallNeedingTheDatabaseShouldBe503WithRetryAfter() {
        callNeedingTheDatabase(given().auth().oauth2(token()))
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("type", equalTo("https://oxpip.org/problems/database-unavailable"))
                .body("status", equalTo(503))
                .body("detail", equalTo("The service cannot reach its database just now. Try again shortly."));
    }

    @Test
    public void theAnswerShouldNameNoHostPortOrDriver() {
        String answer = callNeedingTheDatabase(given().auth().oauth2(token()))
                .then()
                .statusCode(503)
                .extract()
                .asString()
                .toLowerCase(Locale.ROOT);
        assertAll(List.of(
                        "127.0.0.1",
                        String.valueOf(DatabaseUnreachable.PORT),
                        "jdbc",
                        "postgres",
                        "sql",
                        "exception",
                        "agroal",
                        "hibernate",
                        "unreachable")
                .stream()
                .map(word -> () -> assertFalse(answer.contains(word), "the answer mentions " + word)));
    }

    /** Checking the token needs no database: an outage must not turn a 401 into a 503. */
    @Test
    public void aCallWithoutATokenShouldStillBe401() {
        assertEquals(401, callNeedingTheDatabase(given()).statusCode());
    }

    /**
     * The service with its datasource pointed at a closed port, nothing that needs the database at
     * start-up (no Flyway migration, no schema validation), and only the test OIDC server among the
     * test resources (so no PostgreSQL is started). A service whose start-up needs more (a scheduler
     * that must stay off, say) extends this class and adds it in {@link #serviceConfig()}.
     */
    public static class DatabaseUnreachable implements QuarkusTestProfile {

        static final int PORT = closedPort();

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put(
                    "quarkus.datasource.jdbc.url",
                    "jdbc:postgresql://127.0.0.1:" + PORT + "/unreachable?connectTimeout=2");
            config.put("quarkus.datasource.username", "nobody");
            config.put("quarkus.datasource.password", "");
            config.put("quarkus.datasource.jdbc.acquisition-timeout", "2S");
            config.put("quarkus.flyway.migrate-at-start", "false");
            config.put("quarkus.hibernate-orm.schema-management.strategy", "none");
            config.putAll(serviceConfig());
            return config;
        }

        protected Map<String, String> serviceConfig() {
            return Map.of();
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
