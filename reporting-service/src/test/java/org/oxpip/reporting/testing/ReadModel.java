package org.oxpip.reporting.testing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct access to the read model for tests: empty it, count and look at rows. */
public final class ReadModel {

    private ReadModel() {}

    /** As on the first day: no rows, no cursors, no sync ever run. */
    public static void empty() {
        execute("TRUNCATE referral_fact, assessment_fact");
        execute("UPDATE feed_cursor SET cursor = NULL, last_success_at = NULL, last_attempt_at = NULL,"
                + " last_error = NULL");
    }

    public static void execute(String sql) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public static long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    public static String text(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(sql)) {
                return row.next() ? row.getString(1) : null;
            }
        });
    }

    private static AgroalDataSource dataSource() {
        return Arc.container().instance(AgroalDataSource.class).get();
    }
}
