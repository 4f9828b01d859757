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
 * Appends a change of a quote to the quotes feed, placed like the assessment feed's ({@link FeedWriter}): by the
 * writing transaction's id and a position from a sequence, both the database's defaults. The row holds only which
 * quote changed: the feed shows the quote as it stands now.
 */
@ApplicationScoped
public class QuoteFeedWriter {

    static final String APPEND = """
            INSERT INTO quote_change (quote_id, changed_at) VALUES (?, ?)""";

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(UUID quoteId, Instant changedAt) {
        em.flush(); // the quote row first: the change references it
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(APPEND)) {
                statement.setObject(1, quoteId);
                statement.setTimestamp(2, Timestamp.from(changedAt));
                statement.executeUpdate();
            }
        });
    }
}
