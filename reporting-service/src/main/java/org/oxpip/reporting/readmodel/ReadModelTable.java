package org.oxpip.reporting.readmodel;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.oxpip.feed.FeedItem;

/** A table of the read model that stores one feed's items. */
public interface ReadModelTable<T extends FeedItem> {

    /**
     * Upserts the items in feed order on the caller's connection and transaction, so that they commit
     * together with the feed's cursor. A stored row is replaced unless it is strictly newer
     * ({@code changedAt}) than the item: replaying an old page can never undo a later change.
     */
    void upsert(Connection connection, List<T> items, Instant syncedAt) throws SQLException;
}
