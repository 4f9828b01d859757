package org.oxpip.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The stack's PostgreSQL: an embedded server (real PostgreSQL 17 binaries from Maven Central) whose data
 * directory survives restarts, or an external server from OXPIP_DB_URL. Either way it makes sure the four
 * databases exist: one per service, one for Keycloak.
 */
final class LocalDatabase implements AutoCloseable {

    static final String KEYCLOAK = "keycloak";
    /** PostgreSQL's data directory, inside the stack's data dir. */
    static final String PGDATA = "postgres";

    static final List<String> DATABASES =
            List.of(Service.REFERRALS.database(), Service.OUTCOMES.database(), Service.REPORTING.database(), KEYCLOAK);

    /** The embedded server trusts local connections; the password is only there because clients want one. */
    private static final String EMBEDDED_USER = "postgres";

    private static final String EMBEDDED_PASSWORD = "postgres";

    private final StackConfig config;
    private final Lifecycle lifecycle;
    private final Set<String> created = new HashSet<>();
    private volatile EmbeddedPostgres embedded;

    LocalDatabase(StackConfig config, Lifecycle lifecycle) {
        this.config = config;
        this.lifecycle = lifecycle;
    }

    void start() {
        if (config.externalDatabase().isPresent()) {
            Log.info("PostgreSQL: using the external server %s", serverUrl());
        } else {
            startEmbedded();
        }
        try (Connection c = adminConnection()) {
            for (String logical : DATABASES) {
                String name = config.databaseName(logical);
                if (config.freshData() && config.externalDatabase().isPresent()) {
                    dropIfExists(c, name);
                }
                if (createIfMissing(c, name)) {
                    created.add(logical);
                }
            }
        } catch (SQLException e) {
            throw new StackException(
                    "Could not prepare the databases on " + serverUrl() + ": " + e.getMessage()
                            + (config.externalDatabase().isPresent()
                                    ? " (the user needs CREATEDB, or create the databases " + DATABASES + " yourself)"
                                    : ""),
                    e);
        }
        if (!created.isEmpty()) {
            Log.info(
                    "PostgreSQL: created databases %s",
                    DATABASES.stream()
                            .filter(created::contains)
                            .map(config::databaseName)
                            .toList());
        }
    }

    private void startEmbedded() {
        Path pgData = config.dataDir().resolve(PGDATA);
        PortCheck.requireFree(config.ports().postgres(), "PostgreSQL");
        Path log = config.logDir().resolve("postgres.log");
        try {
            Files.createDirectories(config.logDir());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false) // the point of a local stack: data stays between runs
                    .setPort(config.ports().postgres())
                    .setOverrideWorkingDirectory(cacheDir().toFile()) // binaries, unpacked once
                    .setRegisterShutdownHook(false) // LocalStack stops it last, after the services
                    .setServerConfig("fsync", "on") // the embedded default is off: fine for tests, not for kept data
                    // 128 MB by default; the demo's and the benchmark's data fit in half, and every buffer read
                    // once stays resident (counted in the stack's memory)
                    .setServerConfig("shared_buffers", "64MB")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
            lifecycle.spawn(() -> embedded = builder.start()); // assigned under the lock: close() sees it
        } catch (StackException e) {
            throw e;
        } catch (Exception e) {
            throw new StackException(
                    "PostgreSQL did not start: " + e.getMessage() + "\nLog: " + log + "\n--- last lines ---\n"
                            + ManagedProcess.tail(log, 30),
                    e);
        }
    }

    /**
     * The embedded postmaster detaches from the launcher (pg_ctl puts it in its own session), so a launcher
     * that was killed outright leaves it running. It is ours if it runs on our data directory.
     */
    static void stopLeftoverPostmaster(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(h -> h.info()
                            .command()
                            .map(cmd -> cmd.endsWith("/postgres"))
                            .orElse(false))
                    .ifPresent(h -> {
                        Log.warn(
                                "PostgreSQL from an earlier run is still running on %s (pid %d): stopping it",
                                pgData, pid);
                        h.destroy(); // SIGTERM: smart shutdown, the leftover services were stopped before this
                        h.onExit()
                                .orTimeout(60, java.util.concurrent.TimeUnit.SECONDS)
                                .join();
                    });
        } catch (IOException | RuntimeException e) {
            throw new StackException(
                    "A PostgreSQL from an earlier run may still be running on " + pgData + " and could not be stopped ("
                            + e.getMessage() + "). Stop it, then start again.",
                    e);
        }
    }

    static Path cacheDir() {
        String configured = System.getProperty("oxpip.cache.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("oxpip");
    }

    private static boolean createIfMissing(Connection c, String name) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + quote(name));
        }
        return true;
    }

    private static void dropIfExists(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
        }
    }

    /** Drops and re-creates a database (used to make Keycloak import a changed realm file). */
    void recreate(String logical) {
        String name = config.databaseName(logical);
        try (Connection c = adminConnection()) {
            dropIfExists(c, name);
            createIfMissing(c, name);
            created.add(logical);
        } catch (SQLException e) {
            throw new StackException("Could not re-create database " + name + ": " + e.getMessage(), e);
        }
    }

    private static String quote(String identifier) {
        if (!identifier.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("unexpected database name " + identifier);
        }
        return '"' + identifier + '"';
    }

    private Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrlFor("postgres"), username(), password());
    }

    /** True when this start created the database (so, for Keycloak: the realm will be imported now). */
    boolean wasCreated(String logical) {
        return created.contains(logical);
    }

    String serverUrl() {
        return config.externalDatabase()
                .map(ExternalDatabase::serverUrl)
                .orElse("jdbc:postgresql://localhost:" + config.ports().postgres() + "/");
    }

    /** JDBC URL of a logical database such as "referrals" (prefix applied). */
    String jdbcUrl(String logical) {
        return jdbcUrlFor(config.databaseName(logical));
    }

    private String jdbcUrlFor(String actualName) {
        return serverUrl() + actualName;
    }

    String username() {
        return config.externalDatabase().map(ExternalDatabase::user).orElse(EMBEDDED_USER);
    }

    String password() {
        return config.externalDatabase().map(ExternalDatabase::password).orElse(EMBEDDED_PASSWORD);
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    /** The postmaster and its backends, for the memory summary. */
    OptionalLong rssKb() {
        if (embedded == null) {
            return OptionalLong.empty();
        }
        try {
            Path pidFile = config.dataDir().resolve(PGDATA).resolve("postmaster.pid");
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).map(ManagedProcess::rssKb).orElse(OptionalLong.empty());
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close(); // pg_ctl stop -m fast
            } catch (IOException e) {
                Log.warn("PostgreSQL did not stop cleanly: %s", e.getMessage());
            }
            embedded = null;
        }
    }
}
