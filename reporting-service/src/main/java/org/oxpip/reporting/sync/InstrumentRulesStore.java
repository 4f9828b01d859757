package org.oxpip.reporting.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.oxpip.reporting.rules.InstrumentRules;
import org.oxpip.reporting.rules.InstrumentRulesTable;

/**
 * Stores the rules read from the catalogue, all of them in one transaction. The catalogue's row in
 * feed_cursor is updated first: its lock makes a second replica storing the same catalogue wait rather
 * than interleave its rows with ours.
 */
@ApplicationScoped
public class InstrumentRulesStore {

    private final DataSource dataSource;

    InstrumentRulesStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public void replace(InstrumentRules rules, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(
                    "UPDATE feed_cursor SET last_attempt_at = ?, version = version + 1 WHERE feed = ?")) {
                lock.setTimestamp(1, Timestamp.from(now));
                lock.setString(2, InstrumentCatalogue.NAME);
                lock.executeUpdate();
            }
            InstrumentRulesTable.replace(connection, rules, now);
        } catch (SQLException e) {
            throw new PageNotStored(e.getSQLState());
        }
    }
}
