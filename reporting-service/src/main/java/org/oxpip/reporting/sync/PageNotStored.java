package org.oxpip.reporting.sync;

/**
 * The database refused a page (or could not be reached). Carries only the SQLSTATE: a database
 * message may quote the refused values. Its cause is a bare SQLException with that state and no
 * message, so that an unreachable database (class 08, PostgreSQL shutting down or starting) answers
 * {@code POST /api/v1/sync} with the platform's 503 database-unavailable, as documented, not a 500.
 */
class PageNotStored extends RuntimeException {

    private final String sqlState;

    PageNotStored(String sqlState) {
        super("database error " + sqlState, new java.sql.SQLException("SQLSTATE " + sqlState, sqlState), false, false);
        this.sqlState = sqlState;
    }

    String sqlState() {
        return sqlState;
    }
}
