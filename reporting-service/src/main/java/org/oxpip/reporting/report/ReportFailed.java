package org.oxpip.reporting.report;

import java.sql.SQLException;

/**
 * The database could not answer a report. Its message carries only the SQLSTATE, never a database
 * message; the driver's exception is kept as the cause only so that the problem mapping can tell
 * "database unavailable" (503) from a bug (500). It is never logged or shown.
 */
public class ReportFailed extends RuntimeException {

    public ReportFailed(SQLException cause) {
        super("report query failed, SQLSTATE " + cause.getSQLState(), cause, false, false);
    }
}
