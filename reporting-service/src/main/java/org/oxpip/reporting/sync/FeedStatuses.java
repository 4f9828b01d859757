package org.oxpip.reporting.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The state of every feed and of the instrument catalogue, as the people who look after the system see it. */
@ApplicationScoped
public class FeedStatuses {

    /** The feeds in the order they were always listed, then the catalogue. */
    static final List<String> ORDER =
            List.of(ReferralsFeed.NAME, AssessmentsFeed.NAME, QuotesFeed.NAME, InstrumentCatalogue.NAME);

    @Transactional
    public List<FeedStatus> list() {
        Instant now = Instant.now();
        return FeedCursor.<FeedCursor>listAll().stream()
                .sorted(Comparator.comparing((FeedCursor cursor) -> rank(cursor.feed))
                        .thenComparing(cursor -> cursor.feed))
                .map(cursor -> FeedStatus.of(cursor, now))
                .toList();
    }

    private static int rank(String feed) {
        int rank = ORDER.indexOf(feed);
        return rank < 0 ? ORDER.size() : rank;
    }
}
