package org.oxpip.reporting.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.PostgresResource;

/**
 * A database migrated before a comment-only edit still starts; one whose migration differs in any other
 * way still does not. Runs the real migrations on a real PostgreSQL, in a schema of its own.
 */
class AcceptedMigrationEditsTest {

    private static final String SCHEMA = "migration_edits_test";
    private static final String HISTORY = SCHEMA + ".flyway_schema_history";
    private static final PostgresResource POSTGRES = new PostgresResource();
    private static Map<String, String> database;

    @BeforeAll
    static void start() {
        database = POSTGRES.start();
    }

    @AfterAll
    static void stop() {
        POSTGRES.stop();
    }

    @BeforeEach
    void migrateAfresh() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
        flyway().migrate();
    }

    @Test
    void shouldLetADatabaseMigratedBeforeTheEditStart() throws SQLException {
        for (AcceptedMigrationEdits.Edit edit : AcceptedMigrationEdits.EDITS) {
            recordChecksum(edit.version(), edit.before());
        }
        assertFalse(flyway().validateWithResult().validationSuccessful, "the old checksum alone stops the start");

        try (Connection c = connect()) {
            assertEquals(AcceptedMigrationEdits.EDITS.size(), AcceptedMigrationEdits.restamp(c, HISTORY));
        }

        assertTrue(flyway().validateWithResult().validationSuccessful);
    }

    @Test
    void shouldLeaveAnyOtherDifferenceToStopTheStart() throws SQLException {
        recordChecksum("2", 12345);

        try (Connection c = connect()) {
            assertEquals(0, AcceptedMigrationEdits.restamp(c, HISTORY));
        }

        assertFalse(flyway().validateWithResult().validationSuccessful);
    }

    @Test
    void shouldChangeNothingInAFreshDatabase() throws SQLException {
        try (Connection c = connect()) {
            assertEquals(0, AcceptedMigrationEdits.restamp(c, SCHEMA + ".no_history_yet"));
            assertEquals(0, AcceptedMigrationEdits.restamp(c, HISTORY));
        }
        assertTrue(flyway().validateWithResult().validationSuccessful);
    }

    private static void recordChecksum(String version, int checksum) throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE " + HISTORY + " SET checksum = " + checksum + " WHERE version = '" + version + "'");
        }
    }

    private static Flyway flyway() {
        return Flyway.configure()
                .dataSource(
                        database.get("quarkus.datasource.jdbc.url"),
                        database.get("quarkus.datasource.username"),
                        database.get("quarkus.datasource.password"))
                .schemas(SCHEMA)
                .locations("classpath:db/migration")
                .load();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                database.get("quarkus.datasource.jdbc.url"),
                database.get("quarkus.datasource.username"),
                database.get("quarkus.datasource.password"));
    }
}
