package org.oxpip.reporting.rules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.oxpip.reporting.readmodel.Sql;

/**
 * Table instrument_rule: the outcome rules as the catalogue last gave them, replaced whole at every
 * sync. reports/outcomes.sql reads its thresholds from here and from nowhere else.
 */
public final class InstrumentRulesTable {

    private static final String INSERT = """
            INSERT INTO instrument_rule (instrument, name, direction, caseness, reliable_change, meaningful_change,
                source, synced_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SELECT = """
            SELECT instrument, name, direction, caseness, reliable_change, meaningful_change, source
            FROM instrument_rule ORDER BY instrument""";

    private InstrumentRulesTable() {}

    /** Replaces every rule, on the caller's connection and transaction. */
    public static void replace(Connection connection, InstrumentRules rules, Instant syncedAt) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM instrument_rule");
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (InstrumentRule rule : rules.all()) {
                Sql.text(insert, 1, rule.instrument());
                Sql.text(insert, 2, rule.name());
                Sql.text(insert, 3, rule.direction().name());
                insert.setInt(4, rule.caseness());
                insert.setInt(5, rule.reliableChange());
                Sql.integer(insert, 6, rule.meaningfulChange());
                Sql.text(insert, 7, rule.source());
                Sql.instant(insert, 8, syncedAt);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The rules as stored (none before the first sync). */
    public static InstrumentRules read(Connection connection) throws SQLException {
        List<InstrumentRule> rules = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(SELECT)) {
            while (row.next()) {
                rules.add(new InstrumentRule(
                        row.getString("instrument"),
                        row.getString("name"),
                        InstrumentRule.Direction.valueOf(row.getString("direction")),
                        row.getInt("caseness"),
                        row.getInt("reliable_change"),
                        (Integer) row.getObject("meaningful_change"),
                        row.getString("source")));
            }
        }
        return InstrumentRules.of(rules);
    }
}
