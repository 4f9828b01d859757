package org.oxpip.platform.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code import_run} table each importing service keeps (its own migration, the same columns): a run's
 * state and report, never the file. Every write is a transaction of its own, so progress is visible while
 * the run's own transaction is still open.
 */
final class ImportRuns {

    /** A run as stored; {@code report} is an {@link ImportResult} as JSON. */
    record Run(UUID id, String sheet, boolean commit, String status, double progress, String report) {}

    private final DataSource dataSource;

    ImportRuns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void create(Run run, String actor, Instant startedAt) {
        update(
                "INSERT INTO import_run (id, sheet, commit_wanted, status, progress, actor, started_at, report) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                run.id(),
                run.sheet(),
                run.commit(),
                run.status(),
                run.progress(),
                actor,
                Timestamp.from(startedAt),
                run.report());
    }

    void progress(UUID id, double done) {
        update("UPDATE import_run SET progress = ? WHERE id = ?", done, id);
    }

    void finish(UUID id, String status, String report) {
        update(
                "UPDATE import_run SET status = ?, progress = 1.0, finished_at = ?, report = ? WHERE id = ?",
                status,
                Timestamp.from(Instant.now()),
                report,
                id);
    }

    /** Runs a restart stopped half-way will never finish: FAILED, rather than RUNNING for ever. */
    int interruptAll() {
        return update(
                "UPDATE import_run SET status = 'FAILED', finished_at = ? WHERE status = 'RUNNING'",
                Timestamp.from(Instant.now()));
    }

    Optional<Run> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select = connection.prepareStatement(
                            "SELECT sheet, commit_wanted, status, progress, report FROM import_run WHERE id = ?")) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Run>empty();
                    }
                    return Optional.of(new Run(
                            id,
                            row.getString(1),
                            row.getBoolean(2),
                            row.getString(3),
                            row.getDouble(4),
                            row.getString(5)));
                }
            }
        });
    }

    private int update(String sql, Object... values) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("The import_run table could not be written", e);
            }
        });
    }
}
