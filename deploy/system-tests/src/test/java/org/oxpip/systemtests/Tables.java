package org.oxpip.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.oxpip.stack.LocalStack;
import org.oxpip.stack.Service;

/** Looks straight into a service's own database, to prove what is (not) stored there. */
final class Tables {

    private Tables() {}

    /** The number of rows in every table of the service's database (Flyway's own history left out). */
    static Map<String, Long> rowCounts(Service service) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = connect(service);
                Statement s = c.createStatement()) {
            for (String table : tables(c)) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not count the rows of " + service.database() + ": " + e.getMessage(), e);
        }
        return counts;
    }

    /**
     * reporting-service's read model, which its scheduled sync writes from the feeds whatever any request does: a
     * family another test (or this one's seed) put on a feed a moment ago may arrive in the middle of a check.
     */
    static final Set<String> FILLED_BY_THE_SYNC =
            Set.of("referral_fact", "assessment_fact", "session_fact", "parent_fact", "quote_fact", "instrument_rule");

    /**
     * outcomes-service's copy of referral states (issue 20), which its reader writes from the referrals feed whatever
     * any request does: a check waits for a read of the feed, which may bring a family made a moment ago.
     */
    static final Set<String> FILLED_BY_THE_REFERRAL_COPY = Set.of("referral_state", "referral_copy_cursor");

    /**
     * As {@link #rowCounts}, without the tables only a feed's reader writes (reporting-service's sync,
     * outcomes-service's copy of referral states): what a request could have stored.
     */
    static Map<String, Long> rowCountsRequestsWrite(Service service) {
        Map<String, Long> counts = rowCounts(service);
        if (service.database().equals("reporting")) {
            counts.keySet().removeAll(FILLED_BY_THE_SYNC);
        }
        if (service.database().equals("outcomes")) {
            counts.keySet().removeAll(FILLED_BY_THE_REFERRAL_COPY);
        }
        return counts;
    }

    /** Every row of every table of the service's database, each as PostgreSQL's text form of the whole row. */
    static void eachRowAsText(Service service, Consumer<String> tableAndRow) {
        try (Connection c = connect(service);
                Statement s = c.createStatement()) {
            for (String table : tables(c)) {
                try (ResultSet rs = s.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
                    while (rs.next()) {
                        tableAndRow.accept(table + " " + rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + service.database() + ": " + e.getMessage(), e);
        }
    }

    static long count(Service service, String sql) {
        try (Connection c = connect(service);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs one statement; answers PostgreSQL's refusal, or null when it was carried out. */
    static SQLException refusal(Service service, String sql) {
        try (Connection c = connect(service);
                Statement s = c.createStatement()) {
            s.execute(sql);
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    /** The first column of every row the query answers, as text. */
    static Set<String> column(Service service, String sql) {
        Set<String> values = new HashSet<>();
        try (Connection c = connect(service);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return values;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                                + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static Connection connect(Service service) throws SQLException {
        LocalStack stack = RunningStack.stack();
        return DriverManager.getConnection(stack.jdbcUrl(service), stack.databaseUser(), stack.databasePassword());
    }
}
