package org.oxpip.reporting.sync;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scheduled sync of every source (the catalogue's rules and both feeds): every {@code oxpip.sync.every}
 * ({@code off} disables it), backing off a failing source.
 */
@ApplicationScoped
public class SyncSchedule {

    private final FeedSync sync;
    private final SyncSettings settings;
    private final Map<String, SyncBackoff> backoff = new ConcurrentHashMap<>();

    SyncSchedule(FeedSync sync, SyncSettings settings) {
        this.sync = sync;
        this.settings = settings;
    }

    @Scheduled(
            identity = "feed-sync",
            every = "${oxpip.sync.every}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        for (String source : sync.sources()) {
            SyncBackoff state = backoff.getOrDefault(source, SyncBackoff.NONE);
            if (state.allows(Instant.now())) {
                FeedSync.Result result = sync.sync(source, false);
                if (result != FeedSync.Result.ALREADY_RUNNING) {
                    backoff.put(
                            source,
                            state.after(
                                    result == FeedSync.Result.READ_TO_END,
                                    Instant.now(),
                                    settings.backoffBase(),
                                    settings.backoffMax()));
                }
            }
        }
    }
}
