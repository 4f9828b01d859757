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
import org.jboss.logging.Logger;

/**
 * Comment-only edits to migrations that databases have already applied. Flyway checksums every line,
 * comments included, so such an edit would stop a running installation at its next start. Before Flyway
 * validates, this re-stamps the recorded checksum, and only where it is exactly the one the edit replaced:
 * any other difference still stops the start, as Flyway intends.
 */
@Singleton
public class AcceptedMigrationEdits implements FlywayConfigurationCustomizer {

    private static final Logger LOG = Logger.getLogger(AcceptedMigrationEdits.class);

    /** One edit: the migration's version, its checksum before the edit and after it. */
    record Edit(String version, int before, int after) {}

    static final List<Edit> EDITS = List.of(
            // V2's header named a document outside the repository; it now names docs/design.md.
            new Edit("2", -2124944097, -2112137743));

    @Inject
    DataSource dataSource;

    @Override
    public void customize(FluentConfiguration configuration) {
        try (Connection connection = dataSource.getConnection()) {
            restamp(connection, configuration.getTable());
        } catch (SQLException e) {
            // No database yet (the service also starts while PostgreSQL is away, and answers 503): Flyway
            // itself needs the database to migrate or validate, and validates against the recorded checksum
            // then, so nothing is let through that should not be.
            LOG.warnf(
                    "Could not check the migration history for accepted edits (%s)",
                    e.getClass().getName());
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
