package org.oxpip.reporting.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of a change feed (docs/feeds.md): items in feed order, the cursor after them, more waiting. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedPage<T>(List<T> items, String next, boolean hasMore) {

    public FeedPage {
        items = items == null ? List.of() : items;
    }
}
