package org.oxpip.outcomes.referral;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.oxpip.feed.ReferralFacts;

/**
 * Keeps {@link ReferralCopy} current from referrals-service's change feed, and tells a check whether the copy
 * may answer it.
 *
 * <p>The guarantee: {@link #caughtUpSince} is true only once a read that <em>began after</em> the given moment
 * has reached the feed's end ({@code hasMore: false}) and been applied. The feed shows every change committed
 * before a read begins (docs/feeds.md), so a decline or erasure committed before a check began is in the copy
 * when the check reads it: the copy is never older than the check, just as the call to {@code /status} it
 * replaces was not. Reads run one at a time on one thread; every check that arrives while one is under way
 * joins the next, so under load one read of the feed serves many measures.
 */
@ApplicationScoped
public class ReferralFeedReader {

    private static final Logger LOG = Logger.getLogger(ReferralFeedReader.class);
    /** Items per page: the contract's largest, so a copy far behind (a first start) catches up in few calls. */
    static final int PAGE_SIZE = 1000;

    @Inject
    @RestClient
    ReferralFeedClient feed;

    @Inject
    ReferralCopy copy;

    private final Object lock = new Object();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "referral-feed-reader");
        thread.setDaemon(true);
        return thread;
    });

    /** System.nanoTime() when the last read that reached the feed's end began; valid once {@link #caughtUp}. */
    private long lastReadBegan;

    private boolean caughtUp;
    /** The read not yet begun, which every check arriving now joins; null when none is waiting. */
    private CompletableFuture<Boolean> next;

    private boolean reading;
    /** The cursor after the last page applied; read from the database before the first read. */
    private String cursor;

    private boolean cursorLoaded;

    /**
     * Whether the copy has read the feed's end in a read that began after {@code since} (a {@link System#nanoTime}
     * taken when the check began), waiting at most {@code maxWait} for one. False when the read failed or took
     * longer: the caller then asks referrals-service itself.
     */
    public boolean caughtUpSince(long since, Duration maxWait) {
        CompletableFuture<Boolean> read;
        synchronized (lock) {
            if (caughtUp && lastReadBegan - since > 0) {
                return true;
            }
            read = joinNextRead();
        }
        try {
            return read.get(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How long ago the last read that reached the feed's end began, or null before the first one. */
    public Duration age() {
        synchronized (lock) {
            return caughtUp ? Duration.ofNanos(System.nanoTime() - lastReadBegan) : null;
        }
    }

    /** Keeps the copy warm between checks, so the read a check waits for has little to read. */
    @Scheduled(
            identity = "referral-copy",
            every = "${oxpip.referral-copy.poll-interval}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        synchronized (lock) {
            joinNextRead();
        }
    }

    /** A read that begins after this call, to wait for (tests call it too). */
    public CompletableFuture<Boolean> readNow() {
        synchronized (lock) {
            return joinNextRead();
        }
    }

    /** Holds the lock. The read joined begins after this call: it is either started now or when the current ends. */
    private CompletableFuture<Boolean> joinNextRead() {
        CompletableFuture<Boolean> read = next;
        if (read == null) {
            read = new CompletableFuture<>();
            next = read;
            if (!reading) {
                startRead();
            }
        }
        return read;
    }

    /** Holds the lock. */
    private void startRead() {
        CompletableFuture<Boolean> mine = next;
        next = null;
        reading = true;
        // Taken before the first page is asked for: what was committed by now is in what this read sees.
        long began = System.nanoTime();
        reader.execute(() -> {
            boolean done = false;
            try {
                // Complete only when nothing committed waits behind an older transaction (decision 0007).
                done = readToEnd();
            } catch (RuntimeException e) {
                LOG.warnf(
                        "Could not read referrals-service's feed (%s); checks ask referrals-service until a read succeeds",
                        e.getClass().getSimpleName());
            }
            synchronized (lock) {
                if (done) {
                    lastReadBegan = began;
                    caughtUp = true;
                }
                reading = false;
                if (next != null) {
                    startRead();
                }
            }
            mine.complete(done);
        });
    }

    /**
     * On the reader thread only. Whether the read reached every change committed before it began: false when the
     * last page says changes are held back behind an older transaction still in flight.
     */
    private boolean readToEnd() {
        if (!cursorLoaded) {
            cursor = copy.cursor();
            cursorLoaded = true;
        }
        ReferralFeedPage page;
        do {
            page = feed.page(cursor, PAGE_SIZE);
            var items = page.itemsOrNone();
            if (items.isEmpty()) {
                break;
            }
            String after = page.next() == null ? last(items) : page.next();
            copy.apply(items, after);
            cursor = after;
        } while (page.hasMore());
        return !page.heldBack();
    }

    private static String last(java.util.List<ReferralFacts> items) {
        return items.get(items.size() - 1).position();
    }

    void stop(@Observes ShutdownEvent event) {
        reader.shutdownNow();
    }
}
