package org.oxpip.reporting.sync;

import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The state of one feed for the people who look after the system. */
@Schema(
        name = "FeedStatus",
        description = "How far one upstream change feed has been read; or, for \"instruments\", when the outcome"
                + " rules were last read from outcomes-service's instrument catalogue")
public record FeedStatus(
        @Schema(
                description = "The feed, or instruments (the catalogue's outcome rules, which have no cursor)",
                enumeration = {"referrals", "assessments", "quotes", "instruments"},
                example = "referrals")
        String feed,

        @Schema(
                description = "Opaque position in the upstream feed; absent before the first page was stored",
                example = "41",
                nullable = true)
        String cursor,

        @Schema(
                description = "When the feed was last read to its end: everything committed upstream before this"
                        + " instant is in the read model",
                example = "2025-03-01T09:30:00Z",
                nullable = true)
        Instant lastSuccessAt,

        @Schema(
                description = "When a sync of this feed last stored a page, succeeded or failed",
                example = "2025-03-01T09:30:00Z",
                nullable = true)
        Instant lastAttemptAt,

        @Schema(
                description = "The last failure, in a few words of our own (never an upstream body); absent after"
                        + " a success",
                example = "outcomes feed: upstream answered HTTP 503",
                nullable = true)
        String lastError,

        @Schema(
                description = "Seconds since the last successful sync; absent before the first",
                example = "12",
                nullable = true)
        Long lagSeconds) {

    static final String EXAMPLE = """
            [{"feed": "referrals", "cursor": "1042", "lastSuccessAt": "2025-03-01T09:30:00Z",
              "lastAttemptAt": "2025-03-01T09:30:00Z", "lastError": null, "lagSeconds": 12},
             {"feed": "assessments", "cursor": "5120", "lastSuccessAt": "2025-03-01T08:00:00Z",
              "lastAttemptAt": "2025-03-01T09:30:01Z", "lastError": "assessments feed: upstream timed out",
              "lagSeconds": 5412},
             {"feed": "instruments", "cursor": null, "lastSuccessAt": "2025-03-01T08:00:00Z",
              "lastAttemptAt": "2025-03-01T09:30:01Z", "lastError": "instrument catalogue: upstream timed out",
              "lagSeconds": 5412}]""";

    static FeedStatus of(FeedCursor cursor, Instant now) {
        Long lag = cursor.lastSuccessAt == null
                ? null
                : Duration.between(cursor.lastSuccessAt, now).toSeconds();
        return new FeedStatus(
                cursor.feed, cursor.cursor, cursor.lastSuccessAt, cursor.lastAttemptAt, cursor.lastError, lag);
    }
}
