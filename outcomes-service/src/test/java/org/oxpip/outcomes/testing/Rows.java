package org.oxpip.outcomes.testing;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts rows straight from the database, to prove that a refused request stored nothing. */
public final class Rows {

    /** Every table a write may touch. */
    public static final List<String> WRITTEN_BY_REQUESTS = List.of(
            "assessment",
            "assessment_version",
            "risk_alert",
            "audit_entry",
            "assessment_change",
            "erased_referral",
            "feedback_quote",
            "quote_change");

    private Rows() {}

    public static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : WRITTEN_BY_REQUESTS) {
            counts.put(table, count("SELECT count(*) FROM " + table));
        }
        return counts;
    }

    public static long count(String sql) {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String string(String sql) {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row. */
    public static List<String> strings(String sql) {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * In how many rows of all our tables this text appears, in any column: each row is read whole
     * as text, so no column (text, array, anything a later migration adds) can be missed.
     */
    public static long rowsContaining(String text) {
        long rows = 0;
        for (String table : strings("SELECT quote_ident(table_name) FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
            rows += count("SELECT count(*) FROM " + table + " AS r WHERE strpos(r::text, '" + text.replace("'", "''")
                    + "') > 0");
        }
        return rows;
    }

    public static void execute(String sql) {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static AgroalDataSource dataSource() {
        return CDI.current().select(AgroalDataSource.class).get();
    }
}
