package org.oxpip.outcomes.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Appends a change of a quote to the quotes feed, positioned like the assessment feed ({@link FeedWriter}) by a
 * single-row counter of its own bumped as the transaction's last statement, so positions are handed out in
 * commit order. The row holds only which quote changed: the feed shows the quote as it stands now.
 *
 * <p>A transaction that appends to both feeds appends to the assessment feed first (the same order everywhere,
 * so two writers never wait on each other's counters).
 */
@ApplicationScoped
public class QuoteFeedWriter {

    static final String APPEND = """
            WITH next AS (UPDATE quote_feed_position SET last = last + 1 RETURNING last)
            INSERT INTO quote_change (position, quote_id, changed_at)
            SELECT last, ?, ? FROM next""";

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(UUID quoteId, Instant changedAt) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(APPEND)) {
                statement.setObject(1, quoteId);
                statement.setTimestamp(2, Timestamp.from(changedAt));
                statement.executeUpdate();
            }
        });
    }
}
