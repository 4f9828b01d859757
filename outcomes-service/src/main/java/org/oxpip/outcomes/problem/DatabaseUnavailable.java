package org.oxpip.outcomes.problem;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * "The database cannot be reached just now", found anywhere in an exception's cause chain
 * (Hibernate, Narayana and our own code wrap the driver's exception). It answers 503 with
 * Retry-After, because the client may simply try again; anything else stays a 500, so a bad
 * statement or a broken constraint (our bugs) is never disguised as an outage.
 */
final class DatabaseUnavailable {

    static final String RETRY_AFTER_SECONDS = "10";

    /** PostgreSQL shutting down, crashed, or still starting up: its "operator intervention" states. */
    private static final Set<String> POSTGRES_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {}

    static boolean causes(Throwable e) {
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
        return e.getSQLState() == null && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    static Response answer() {
        return Response.fromResponse(Problem.of(503, "database-unavailable", "Service unavailable",
                        "The service cannot reach its database just now. Try again shortly.").toResponse())
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
