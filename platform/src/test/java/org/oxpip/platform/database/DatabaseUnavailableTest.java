package org.oxpip.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.SQLException;
import java.time.Duration;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.SQLGrammarException;
import org.hibernate.exception.internal.SQLStateConversionDelegate;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemMappers;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * "PostgreSQL is down" answers 503 with Retry-After; our own bugs still answer 500. The failures
 * are the real ones: the PostgreSQL driver and an Agroal pool are pointed at a closed port and at
 * a server that never answers, and wrapped the way Hibernate or plain JDBC code wraps them.
 */
class DatabaseUnavailableTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void refusedConnectionShouldBe503WithRetryAfter() throws Exception {
        int closedPort = closedPort();
        SQLException refused = acquire(closedPort);
        assertEquals("08", refused.getSQLState().substring(0, 2));

        Response response = mappers.unexpected(asHibernateDoes(refused));
        assertEquals(503, response.getStatus());
        assertEquals("10", response.getHeaderString("Retry-After"));
        assertEquals("application/problem+json", response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals(
                "https://oxpip.org/problems/database-unavailable",
                problem.type().toString());
        assertFalse(problem.detail().contains(String.valueOf(closedPort)), "no driver message in the answer");
    }

    @Test
    void poolGivingUpWaitingShouldBe503() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try (Socket ignored = silent.accept()) {
                    Thread.sleep(5_000);
                } catch (Exception closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            SQLException timeout = acquire(silent.getLocalPort());
            assertNull(timeout.getSQLState());

            Response response = mappers.unexpected(asHibernateDoes(timeout));
            assertEquals(503, response.getStatus());
            assertEquals("10", response.getHeaderString("Retry-After"));
        }
    }

    @Test
    void connectionLostMidQueryShouldBe503() {
        PSQLException lost = new PSQLException(
                "An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE,
                new java.io.EOFException());
        assertEquals(
                503,
                mappers.unexpected(new PersistenceException(asHibernateDoes(lost)))
                        .getStatus());
        SQLException shuttingDown = new SQLException("terminating connection due to administrator command", "57P01");
        assertEquals(503, mappers.unexpected(asHibernateDoes(shuttingDown)).getStatus());
        SQLException startingUp = new SQLException("the database system is starting up", "57P03");
        assertEquals(503, mappers.unexpected(asHibernateDoes(startingUp)).getStatus());
    }

    /** Plain JDBC code (reporting's reports) wraps the driver's exception in its own: the cause chain is searched. */
    @Test
    void ourOwnExceptionCausedByAnOutageShouldBe503() throws Exception {
        RuntimeException reportFailed = new RuntimeException("report failed", acquire(closedPort()));
        assertEquals(503, mappers.unexpected(reportFailed).getStatus());
        RuntimeException badSql = new RuntimeException(
                "report failed", new PSQLException("column \"x\" does not exist", PSQLState.UNDEFINED_COLUMN));
        assertEquals(500, mappers.unexpected(badSql).getStatus());
    }

    @Test
    void ourOwnBugsShouldStay500() {
        PSQLException noSuchTable = new PSQLException("relation \"referal\" does not exist", PSQLState.UNDEFINED_TABLE);
        PSQLException duplicate = new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION);
        assertTrue(asHibernateDoes(noSuchTable) instanceof SQLGrammarException);
        assertTrue(asHibernateDoes(duplicate) instanceof ConstraintViolationException);
        for (Exception bug : new Exception[] {
            asHibernateDoes(noSuchTable),
            asHibernateDoes(duplicate),
            new IllegalStateException("no"),
            new NullPointerException()
        }) {
            Response response = mappers.unexpected(bug);
            assertEquals(500, response.getStatus(), bug.getClass().getName());
            assertNull(response.getHeaderString("Retry-After"));
            assertEquals(
                    "https://oxpip.org/problems/internal",
                    ((Problem) response.getEntity()).type().toString());
        }
    }

    @Test
    void aCauseChainThatLoopsShouldNotHang() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseUnavailable.causes(first));
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** What Agroal throws when no connection can be had within its acquisition timeout. */
    private static SQLException acquire(int port) throws SQLException {
        AgroalDataSourceConfigurationSupplier config = new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(1)
                        .acquisitionTimeout(Duration.ofMillis(500))
                        .connectionFactoryConfiguration(factory ->
                                factory.jdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/oxpip?connectTimeout=2")));
        try (AgroalDataSource dataSource = AgroalDataSource.from(config)) {
            return assertThrows(SQLException.class, dataSource::getConnection);
        }
    }

    /** Hibernate's own conversion by SQLSTATE; with none it falls back to a generic JDBC exception. */
    private static RuntimeException asHibernateDoes(SQLException e) {
        RuntimeException converted = new SQLStateConversionDelegate(() -> sqle -> null)
                .convert(e, "Unable to acquire JDBC Connection", null);
        return converted != null ? converted : new GenericJDBCException("Unable to acquire JDBC Connection", e);
    }
}
