package org.oxpip.reporting.sync;

import java.util.Objects;
import org.oxpip.feed.FeedItem;

/** What a page must satisfy before any of it is stored (docs/feeds.md). */
final class FeedContract {

    private FeedContract() {}

    /**
     * @throws FeedBreach naming the first offending item by its position (never by its values)
     */
    static void check(FeedPage<? extends FeedItem> page, String after) {
        if (!page.items().isEmpty() && page.next() == null) {
            throw new FeedBreach("a page with items has no next cursor");
        }
        if (page.hasMore() && (page.items().isEmpty() || Objects.equals(page.next(), after))) {
            // Reading on would ask for the same page for ever.
            throw new FeedBreach("the feed says it has more but did not move past cursor " + shorten(after));
        }
        for (FeedItem item : page.items()) {
            if (item.position() == null) {
                throw new FeedBreach("an item has no position");
            }
            item.breach().ifPresent(breach -> {
                throw new FeedBreach("item at position " + shorten(item.position()) + ": " + breach);
            });
        }
    }

    static String shorten(String cursor) {
        if (cursor == null) {
            return "(start)";
        }
        return cursor.length() <= 40 ? cursor : cursor.substring(0, 40) + "…";
    }
}
