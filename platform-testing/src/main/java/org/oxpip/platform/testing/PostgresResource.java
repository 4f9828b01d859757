package org.oxpip.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * A real PostgreSQL for a service's tests: the one named by {@code OXPIP_TEST_JDBC_URL} (with
 * {@code OXPIP_TEST_DB_USER}, default postgres, and {@code OXPIP_TEST_DB_PASSWORD}, default empty) when
 * set, otherwise an embedded server started from binaries on Maven Central (no Docker, works as root).
 * A service declares it once, for every test:
 * {@code @QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)}.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String JDBC_URL = "OXPIP_TEST_JDBC_URL";
    public static final String USER = "OXPIP_TEST_DB_USER";
    public static final String PASSWORD = "OXPIP_TEST_DB_PASSWORD";

    private EmbeddedPostgres embedded;

    @Override
    public Map<String, String> start() {
        Optional<Map<String, String>> external = external(System.getenv());
        if (external.isPresent()) {
            return external.get();
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
        return datasource(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The server the environment names, if it names one. */
    static Optional<Map<String, String>> external(Map<String, String> env) {
        String url = env.get(JDBC_URL);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(datasource(url, env.getOrDefault(USER, "postgres"), env.getOrDefault(PASSWORD, "")));
    }

    private static Map<String, String> datasource(String url, String user, String password) {
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }
}
