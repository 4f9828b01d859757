package org.oxpip.reporting.sync;

import org.oxpip.feed.FeedItem;
import org.oxpip.reporting.readmodel.ReadModelTable;

/** An upstream change feed and the read-model table its items go to. */
public interface ChangeFeed<T extends FeedItem> {

    /** The feed's name, as in table feed_cursor. */
    String name();

    /** One page after the cursor (null: from the beginning); retried with back-off by the implementations. */
    FeedPage<T> fetch(String after, int limit);

    ReadModelTable<T> table();
}
