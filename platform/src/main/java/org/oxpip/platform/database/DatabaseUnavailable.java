package org.oxpip.platform.database;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.oxpip.platform.problem.Problem;

/**
 * "The database cannot be reached just now", found anywhere in an exception's cause chain
 * (Hibernate, Narayana, plain JDBC code and our own exceptions wrap the driver's). It answers 503
 * with Retry-After, because the client may simply try again; anything else stays a 500, so a bad
 * statement or a broken constraint (our bugs) is never disguised as an outage.
 */
public final class DatabaseUnavailable {

    public static final String TYPE = "database-unavailable";

    /** PostgreSQL shutting down, crashed, or still starting up: its "operator intervention" states. */
    private static final Set<String> POSTGRES_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {}

    public static boolean causes(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLException sql && (unavailableState(sql.getSQLState()) || poolTimeout(sql))) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 is the SQL standard's "connection exception" (PostgreSQL: refused, lost). */
    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || POSTGRES_GOING_OR_COMING.contains(state));
    }

    /** Agroal gives up waiting for a connection with a plain SQLException, no SQLSTATE: its words are all there is. */
    private static boolean poolTimeout(SQLException e) {
        return e.getSQLState() == null
                && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    /** 503 with Retry-After, in words that name no host, port or driver. */
    public static Response answer() {
        return Problem.unavailable(TYPE, "The service cannot reach its database just now. Try again shortly.")
                .toResponse();
    }
}
