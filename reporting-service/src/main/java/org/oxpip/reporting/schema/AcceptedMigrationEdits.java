package org.oxpip.reporting.schema;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Comment-only edits to migrations that databases have already applied. Flyway checksums every line,
 * comments included, so such an edit would stop a running installation at its next start. Before Flyway
 * validates, this re-stamps the recorded checksum, and only where it is exactly the one the edit replaced:
 * any other difference still stops the start, as Flyway intends.
 */
@Singleton
public class AcceptedMigrationEdits implements FlywayConfigurationCustomizer {

    /** One edit: the migration's version, its checksum before the edit and after it. */
    record Edit(String version, int before, int after) {}

    static final List<Edit> EDITS = List.of(
            // V2's header named a document outside the repository; it now names docs/design.md.
            new Edit("2", -2124944097, -2112137743));

    /** SQLSTATE class 08, connection exception: refused, lost, or never made. */
    static final String CONNECTION_EXCEPTION = "08";

    @Inject
    DataSource dataSource;

    @Override
    public void customize(FluentConfiguration configuration) {
        try (Connection connection = dataSource.getConnection()) {
            restamp(connection, configuration.getTable());
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
                // The database can't be reached: there is nothing to re-stamp now. Flyway, if it runs, meets the
                // same refusal and stops the start itself; a service that doesn't migrate at start must still
                // start and answer 503 database-unavailable (the platform's contract, DatabaseUnavailableTest).
                return;
            }
            throw new IllegalStateException("Could not read the migration history", e);
        }
    }

    /** Re-stamps the edits in the history table (a plain or schema-qualified name); returns how many rows. */
    static int restamp(Connection connection, String table) throws SQLException {
        if (!table.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?")) {
            throw new IllegalArgumentException("Unexpected migration history table name");
        }
        if (!exists(connection, table)) {
            return 0;
        }
        int restamped = 0;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET checksum = ? WHERE version = ? AND checksum = ?")) {
            for (Edit edit : EDITS) {
                update.setInt(1, edit.after());
                update.setString(2, edit.version());
                update.setInt(3, edit.before());
                restamped += update.executeUpdate();
            }
        }
        return restamped;
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }
}
