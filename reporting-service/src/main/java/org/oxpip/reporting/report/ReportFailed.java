package org.oxpip.reporting.report;

/** The database could not answer a report. Carries only the SQLSTATE, never a database message. */
public class ReportFailed extends RuntimeException {

    public ReportFailed(String sqlState) {
        super("report query failed, SQLSTATE " + sqlState, null, false, false);
    }
}
