package org.oxpip.reporting.sync;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import org.oxpip.feed.FeedItem;
import org.oxpip.reporting.rules.InstrumentRules;

/**
 * Reads everything the read model takes from upstream: the outcome rules of outcomes-service's instrument
 * catalogue, then each change feed page by page until it has nothing more. Each page is stored with its
 * cursor in one transaction (see {@link FeedCursors}), the rules all at once; a failure leaves what was
 * stored before and is recorded as that source's last error. Reports never wait for this: they only read.
 */
@ApplicationScoped
public class FeedSync {

    private static final Logger LOG = Logger.getLogger(FeedSync.class);

    private final List<ChangeFeed<?>> feeds;
    private final InstrumentCatalogue catalogue;
    private final InstrumentRulesStore rules;
    private final FeedCursors cursors;
    private final SyncSettings settings;
    private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();

    FeedSync(
            ReferralsFeed referrals,
            AssessmentsFeed assessments,
            QuotesFeed quotes,
            InstrumentCatalogue catalogue,
            InstrumentRulesStore rules,
            FeedCursors cursors,
            SyncSettings settings) {
        this.feeds = List.of(referrals, assessments, quotes);
        this.catalogue = catalogue;
        this.rules = rules;
        this.cursors = cursors;
        this.settings = settings;
    }

    /** What is read, in this order: the catalogue's rules first, so a report right after a sync counts with them. */
    public List<String> sources() {
        List<String> sources = new ArrayList<>();
        sources.add(InstrumentCatalogue.NAME);
        feeds.forEach(feed -> sources.add(feed.name()));
        return sources;
    }

    /** Syncs every source; one failing does not stop the others. Waits for a sync already running. */
    public void syncAll() {
        sources().forEach(source -> sync(source, true));
    }

    /** How one sync of one source ended. */
    public enum Result {
        READ_TO_END,
        FAILED,
        ALREADY_RUNNING
    }

    /** @param wait whether to wait for a sync of this source that is already running in this process, or skip */
    public Result sync(String source, boolean wait) {
        ReentrantLock lock = running.computeIfAbsent(source, name -> new ReentrantLock());
        if (wait) {
            lock.lock();
        } else if (!lock.tryLock()) {
            return Result.ALREADY_RUNNING;
        }
        try {
            if (source.equals(InstrumentCatalogue.NAME)) {
                pullRules();
            } else {
                pull(feed(source));
            }
            return Result.READ_TO_END;
        } catch (RuntimeException e) {
            String error = source.equals(InstrumentCatalogue.NAME)
                    ? SyncFailure.describeCatalogue(e)
                    : SyncFailure.describe(source, e);
            LOG.warn(error);
            cursors.failed(source, error, Instant.now());
            return Result.FAILED;
        } finally {
            lock.unlock();
        }
    }

    private ChangeFeed<?> feed(String name) {
        return feeds.stream()
                .filter(feed -> feed.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No feed " + name));
    }

    private void pullRules() {
        // Taken before asking: the rules in force upstream by now are the ones stored.
        Instant asked = Instant.now();
        InstrumentRules read = InstrumentRules.fromCatalogue(catalogue.fetch());
        rules.replace(read, Instant.now());
        cursors.succeeded(InstrumentCatalogue.NAME, asked, Instant.now());
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
