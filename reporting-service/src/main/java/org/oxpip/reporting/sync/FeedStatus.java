package org.oxpip.reporting.sync;

import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The state of one feed for the people who look after the system. */
@Schema(name = "FeedStatus")
public record FeedStatus(
        @Schema(example = "referrals") String feed,
        @Schema(description = "Opaque position in the upstream feed; absent before the first sync") String cursor,
        Instant lastSuccessAt,
        Instant lastAttemptAt,
        String lastError,
        @Schema(description = "Seconds since the last successful sync; absent before the first") Long lagSeconds) {

    static FeedStatus of(FeedCursor cursor, Instant now) {
        Long lag = cursor.lastSuccessAt == null ? null : Duration.between(cursor.lastSuccessAt, now).toSeconds();
        return new FeedStatus(cursor.feed, cursor.cursor, cursor.lastSuccessAt, cursor.lastAttemptAt,
                cursor.lastError, lag);
    }
}
