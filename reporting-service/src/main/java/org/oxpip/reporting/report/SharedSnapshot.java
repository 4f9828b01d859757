package org.oxpip.reporting.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;

/**
 * A report's statements on two read-only connections that see one snapshot of the read model: the first
 * connection exports its snapshot ({@code pg_export_snapshot}) and the second imports it before its first query.
 * So a report's statements use both CPUs and still count exactly the same data, as one REPEATABLE READ transaction
 * would: a sync committing meanwhile can't make a breakdown disagree with its total.
 *
 * <p>Transactions are begun and ended here on plain connections (no JTA), so that nothing is shared between the
 * two threads. With a same-thread executor (outcome-agreement) the second part simply runs first.
 *
 * <p>A report holds its first connection while it waits for the second, so at most {@value #SIDE_BY_SIDE} reports
 * read side by side at once; any more read both parts on their one connection, one after the other (the same
 * snapshot, the same figures). Otherwise a burst of reports could take every pooled connection as a first one and
 * each wait for a second until the pool gave up (503).
 */
final class SharedSnapshot {

    /** Some work on one connection. */
    @FunctionalInterface
    interface Part<T> {
        T read(Connection connection) throws SQLException;
    }

    /** What the two parts read. */
    record Both<T, U>(T first, U second) {}

    static final int SIDE_BY_SIDE = 2;

    private final DataSource dataSource;
    private final Executor executor;
    private final String workMem;
    private final Semaphore sideBySide = new Semaphore(SIDE_BY_SIDE);

    SharedSnapshot(DataSource dataSource, Executor executor, String workMem) {
        this.dataSource = dataSource;
        this.executor = executor;
        this.workMem = workMem;
    }

    /** Runs {@code first} here and {@code second} beside it on the executor, in one snapshot. */
    <T, U> Both<T, U> read(Part<T> first, Part<U> second) throws SQLException {
        if (!sideBySide.tryAcquire()) {
            return read(connection -> new Both<>(first.read(connection), second.read(connection)));
        }
        try {
            return readSideBySide(first, second);
        } finally {
            sideBySide.release();
        }
    }

    private <T, U> Both<T, U> readSideBySide(Part<T> first, Part<U> second) throws SQLException {
        try (Connection exporting = begin(null)) {
            try {
                String snapshot = exportSnapshot(exporting);
                // The exported snapshot lives as long as this transaction: it ends only after the second part.
                CompletableFuture<U> beside =
                        CompletableFuture.supplyAsync(() -> readBeside(snapshot, second), executor);
                T mine;
                try {
                    mine = first.read(exporting);
                } catch (SQLException | RuntimeException e) {
                    beside.exceptionally(ignored -> null).join();
                    throw e;
                }
                return new Both<>(mine, join(beside));
            } finally {
                end(exporting);
            }
        }
    }

    /** The one-connection form, for a report that has no work to share. */
    <T> T read(Part<T> only) throws SQLException {
        try (Connection connection = begin(null)) {
            try {
                return only.read(connection);
            } finally {
                end(connection);
            }
        }
    }

    private <U> U readBeside(String snapshot, Part<U> second) {
        try (Connection importing = begin(snapshot)) {
            try {
                return second.read(importing);
            } finally {
                end(importing);
            }
        } catch (SQLException e) {
            throw new CompletionException(e);
        }
    }

    /** A read-only REPEATABLE READ transaction; importing {@code snapshot} when given (before any query). */
    private Connection begin(String snapshot) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                if (snapshot != null) {
                    // The identifier comes from pg_export_snapshot, never from a caller.
                    statement.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
                }
                // A year's episodes are pairs-sorted and grouped in memory rather than on disk.
                statement.execute("SET LOCAL work_mem = '" + workMem + "'");
                // Planned for the values bound each time: after five runs of a statement on a pooled connection
                // PostgreSQL would switch to one generic plan, blind to which filters are null and how long the
                // period is (on the benchmark's read model: delivered 530 -> 730 ms, reach 160 -> 300 ms).
                statement.execute("SET LOCAL plan_cache_mode = force_custom_plan");
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static String exportSnapshot(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_export_snapshot()");
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    /** Read only: nothing to commit. The pool gets the connection back as it lent it. */
    private static void end(Connection connection) throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static <U> U join(CompletableFuture<U> future) throws SQLException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException cause) {
                throw cause;
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
