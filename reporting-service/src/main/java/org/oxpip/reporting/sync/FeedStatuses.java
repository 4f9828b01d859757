package org.oxpip.reporting.sync;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The state of every feed, as the people who look after the system see it. */
@ApplicationScoped
public class FeedStatuses {

    @Transactional
    public List<FeedStatus> list() {
        Instant now = Instant.now();
        return FeedCursor.<FeedCursor>listAll(Sort.by("feed").descending()).stream()
                .map(cursor -> FeedStatus.of(cursor, now))
                .toList();
    }
}
