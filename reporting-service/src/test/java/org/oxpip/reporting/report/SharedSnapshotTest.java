package org.oxpip.reporting.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.reporting.report.SharedSnapshot.Both;
import org.oxpip.reporting.testing.FeedsStub;
import org.oxpip.reporting.testing.ReadModel;

/**
 * A report's two connections count the same data even when a sync commits between their statements: the second
 * sees the snapshot the first exported, not the database as it is when it starts reading.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class SharedSnapshotTest {

    private static final String COUNT = "SELECT count(*) FROM impact_settings WHERE funding_stream LIKE 'SNAPSHOT_%'";

    @Inject
    AgroalDataSource dataSource;

    private ExecutorService executor;
    private SharedSnapshot snapshots;

    @BeforeEach
    void start() {
        executor = Executors.newSingleThreadExecutor();
        snapshots = new SharedSnapshot(dataSource, executor, ReportStore.WORK_MEM);
        ReadModel.execute("DELETE FROM impact_settings WHERE funding_stream LIKE 'SNAPSHOT_%'");
        insert("SNAPSHOT_A");
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        ReadModel.execute("DELETE FROM impact_settings WHERE funding_stream LIKE 'SNAPSHOT_%'");
    }

    @Test
    void shouldShowBothConnectionsTheSnapshotTheFirstExported() throws Exception {
        CountDownLatch committed = new CountDownLatch(1);
        Both<Long, Long> read = snapshots.read(
                first -> {
                    long before = count(first);
                    // A sync commits a new row after the snapshot was taken, before the second connection reads.
                    insert("SNAPSHOT_B");
                    committed.countDown();
                    assertEquals(before, count(first));
                    return before;
                },
                second -> {
                    await(committed);
                    return count(second);
                });
        assertEquals(1, read.first());
        assertEquals(1, read.second());
        assertEquals(2, ReadModel.count(COUNT));
    }

    @Test
    void shouldReadOnOneConnectionWhileOtherReportsReadSideBySide() throws Exception {
        Both<Integer, Integer> alone = snapshots.read(SharedSnapshotTest::backend, SharedSnapshotTest::backend);
        assertNotEquals(alone.first(), alone.second(), "two connections");
        CountDownLatch reading = new CountDownLatch(SharedSnapshot.SIDE_BY_SIDE);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService others = Executors.newFixedThreadPool(SharedSnapshot.SIDE_BY_SIDE);
        try {
            List<Future<Both<Integer, Integer>>> busy = new ArrayList<>();
            for (int i = 0; i < SharedSnapshot.SIDE_BY_SIDE; i++) {
                busy.add(others.submit(() -> snapshots.read(
                        first -> {
                            reading.countDown();
                            await(done);
                            return backend(first);
                        },
                        SharedSnapshotTest::backend)));
            }
            await(reading);
            // Every permit taken: this one reads both parts on its one connection, without waiting for the others.
            Both<Integer, Integer> busyRead = snapshots.read(SharedSnapshotTest::backend, SharedSnapshotTest::backend);
            assertEquals(busyRead.first(), busyRead.second(), "one connection");
            done.countDown();
            for (Future<Both<Integer, Integer>> other : busy) {
                Both<Integer, Integer> read = other.get(30, TimeUnit.SECONDS);
                assertNotEquals(read.first(), read.second());
            }
        } finally {
            done.countDown();
            others.shutdownNow();
        }
    }

    @Test
    void shouldPlanEachStatementForTheValuesBound() throws Exception {
        Both<String, String> read =
                snapshots.read(first -> show(first, "plan_cache_mode"), second -> show(second, "plan_cache_mode"));
        assertEquals("force_custom_plan", read.first());
        assertEquals("force_custom_plan", read.second());
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("auto", show(connection, "plan_cache_mode"), "only in the report's transactions");
        }
    }

    @Test
    void shouldReadOnlyAndGiveTheConnectionBackAsLent() throws Exception {
        SQLException refused = assertThrows(
                SQLException.class,
                () -> snapshots.read(first -> count(first), second -> {
                    try (Statement statement = second.createStatement()) {
                        statement.execute("DELETE FROM impact_settings");
                    }
                    return 0L;
                }));
        assertEquals("25006", refused.getSQLState(), "read_only_sql_transaction");
        assertEquals(1, ReadModel.count(COUNT));
        try (Connection connection = dataSource.getConnection()) {
            assertTrue(connection.getAutoCommit());
        }
    }

    @Test
    void shouldPassOnWhatTheFirstPartThrowsAfterTheSecondFinished() {
        CountDownLatch secondDone = new CountDownLatch(1);
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> snapshots.read(
                        first -> {
                            throw new IllegalStateException("rules not synced");
                        },
                        second -> {
                            long n = count(second);
                            secondDone.countDown();
                            return n;
                        }));
        assertEquals("rules not synced", thrown.getMessage());
        assertEquals(0, secondDone.getCount());
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(COUNT)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static int backend(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW " + setting)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void insert(String stream) {
        ReadModel.execute("INSERT INTO impact_settings (funding_stream, project_title, funder_name, description, area,"
                + " updated_at) VALUES ('" + stream + "', 'Probe', 'Probe', '', 'Probe', now())");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
