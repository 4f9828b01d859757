package org.oxpip.reporting.sync;

/**
 * The database refused a page (or could not be reached). Carries only the SQLSTATE: a database
 * message may quote the refused values.
 */
class PageNotStored extends RuntimeException {

    private final String sqlState;

    PageNotStored(String sqlState) {
        super("database error " + sqlState, null, false, false);
        this.sqlState = sqlState;
    }

    String sqlState() {
        return sqlState;
    }
}
