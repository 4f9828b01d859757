package org.oxpip.reporting.testing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.oxpip.reporting.sync.FeedSync;
import org.oxpip.reporting.sync.InstrumentCatalogue;

/** Direct access to the read model for tests: empty it, count and look at rows. */
public final class ReadModel {

    private ReadModel() {}

    /** As on the first day: no rows, no rules, no cursors, no sync ever run. */
    public static void empty() {
        execute("TRUNCATE referral_fact, assessment_fact, quote_fact, instrument_rule, session_fact, parent_fact");
        execute("UPDATE feed_cursor SET cursor = NULL, last_success_at = NULL, last_attempt_at = NULL,"
                + " last_error = NULL");
    }

    /**
     * Reads the outcome rules from the stand-in catalogue exactly as the sync does, and nothing else: the
     * state of a service that has read outcomes-service's catalogue but no feed yet.
     */
    public static void readRules() {
        FeedSync.Result result = Arc.container().instance(FeedSync.class).get().sync(InstrumentCatalogue.NAME, true);
        if (result != FeedSync.Result.READ_TO_END) {
            throw new IllegalStateException("The stand-in catalogue could not be read: " + result);
        }
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
