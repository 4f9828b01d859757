package org.oxpip.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.oxpip.feed.QuoteFacts;

/**
 * Table quote_fact: the quotes approved now, and nothing else. An approved item is upserted; an item that is no
 * longer approved (withdrawn, erased) deletes the row, so a withdrawn quote's words leave this database with the
 * page that says so.
 */
@ApplicationScoped
public class QuoteFactsTable implements ReadModelTable<QuoteFacts> {

    private static final String UPSERT = """
            INSERT INTO quote_fact (quote_id, feed_position, text, funding_streams, month, changed_at, synced_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (quote_id) DO UPDATE SET
                feed_position = EXCLUDED.feed_position, text = EXCLUDED.text,
                funding_streams = EXCLUDED.funding_streams, month = EXCLUDED.month,
                changed_at = EXCLUDED.changed_at, synced_at = EXCLUDED.synced_at
            WHERE quote_fact.changed_at <= EXCLUDED.changed_at
            """;
    private static final String DELETE = "DELETE FROM quote_fact WHERE quote_id = ?";

    @Override
    public void upsert(Connection connection, List<QuoteFacts> items, Instant syncedAt) throws SQLException {
        // One item at a time, in feed order: an approval and its withdrawal on one page must end withdrawn.
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT);
                PreparedStatement delete = connection.prepareStatement(DELETE)) {
            for (QuoteFacts item : items) {
                if (item.approved()) {
                    Sql.uuid(upsert, 1, item.quoteId());
                    Sql.text(upsert, 2, item.position());
                    Sql.text(upsert, 3, item.text());
                    Sql.texts(upsert, 4, item.fundingStreams());
                    Sql.date(upsert, 5, YearMonth.parse(item.month()).atDay(1));
                    Sql.instant(upsert, 6, item.changedAt());
                    Sql.instant(upsert, 7, syncedAt);
                    upsert.executeUpdate();
                } else {
                    Sql.uuid(delete, 1, item.quoteId());
                    delete.executeUpdate();
                }
            }
        }
    }
}
