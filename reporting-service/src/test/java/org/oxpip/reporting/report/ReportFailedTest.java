package org.oxpip.reporting.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.problem.ProblemMappers;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Reports read with plain JDBC and fail as ReportFailed, which keeps the driver's exception as its
 * cause so that the platform's mapping can still tell an outage (503) from our own bug (500).
 */
class ReportFailedTest {

    @Test
    void aReportThatLostItsDatabaseShouldBe503AndABadQuery500() {
        ProblemMappers mappers = new ProblemMappers();
        assertEquals(
                503,
                mappers.unexpected(new ReportFailed(new SQLException("Connection refused", "08001")))
                        .getStatus());
        assertEquals(
                500,
                mappers.unexpected(new ReportFailed(
                                new PSQLException("column \"x\" does not exist", PSQLState.UNDEFINED_COLUMN)))
                        .getStatus());
    }
}
