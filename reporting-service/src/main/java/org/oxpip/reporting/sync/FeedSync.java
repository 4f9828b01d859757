package org.oxpip.reporting.sync;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import org.oxpip.feed.FeedItem;

/**
 * Pulls a change feed page by page until it has nothing more. Each page is stored with its cursor
 * in one transaction (see {@link FeedCursors}); a failure leaves the cursor after the last stored
 * page and is recorded as the feed's last error. Reports never wait for this: they only read.
 */
@ApplicationScoped
public class FeedSync {

    private static final Logger LOG = Logger.getLogger(FeedSync.class);

    private final List<ChangeFeed<?>> feeds;
    private final FeedCursors cursors;
    private final SyncSettings settings;
    private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();

    FeedSync(ReferralsFeed referrals, AssessmentsFeed assessments, FeedCursors cursors, SyncSettings settings) {
        this.feeds = List.of(referrals, assessments);
        this.cursors = cursors;
        this.settings = settings;
    }

    public List<ChangeFeed<?>> feeds() {
        return feeds;
    }

    /** Syncs every feed; one failing does not stop the other. Waits for a sync already running. */
    public void syncAll() {
        feeds.forEach(feed -> sync(feed, true));
    }

    /** How one sync of one feed ended. */
    public enum Result {
        READ_TO_END,
        FAILED,
        ALREADY_RUNNING
    }

    /** @param wait whether to wait for a sync of this feed that is already running in this process, or skip */
    public Result sync(ChangeFeed<?> feed, boolean wait) {
        ReentrantLock lock = running.computeIfAbsent(feed.name(), name -> new ReentrantLock());
        if (wait) {
            lock.lock();
        } else if (!lock.tryLock()) {
            return Result.ALREADY_RUNNING;
        }
        try {
            pull(feed);
            return Result.READ_TO_END;
        } catch (RuntimeException e) {
            String error = SyncFailure.describe(feed.name(), e);
            LOG.warn(error);
            cursors.failed(feed.name(), error, Instant.now());
            return Result.FAILED;
        } finally {
            lock.unlock();
        }
    }

    private <T extends FeedItem> void pull(ChangeFeed<T> feed) {
        String cursor = cursors.current(feed.name());
        while (true) {
            // Taken before asking: everything committed upstream by now is in the pages that follow.
            Instant asked = Instant.now();
            FeedPage<T> page = feed.fetch(cursor, settings.pageSize());
            FeedContract.check(page, cursor);
            try {
                cursor = cursors.store(feed, cursor, page, Instant.now());
            } catch (CursorMoved moved) {
                cursor = cursors.current(feed.name());
                continue;
            }
            if (!page.hasMore()) {
                cursors.succeeded(feed.name(), asked, Instant.now());
                return;
            }
        }
    }
}
