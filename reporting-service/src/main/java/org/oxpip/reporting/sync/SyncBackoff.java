package org.oxpip.reporting.sync;

import java.time.Duration;
import java.time.Instant;

/**
 * When the scheduled sync of a feed may run again. Each request is already retried a few times
 * within a run; when a whole run fails, an upstream that is down is left alone for longer and
 * longer (base, 2 × base, 4 × base ... up to max) instead of being asked every interval.
 */
public record SyncBackoff(int failuresInARow, Instant notBefore) {

    public static final SyncBackoff NONE = new SyncBackoff(0, Instant.MIN);

    public boolean allows(Instant now) {
        return !now.isBefore(notBefore);
    }

    public SyncBackoff after(boolean succeeded, Instant now, Duration base, Duration max) {
        if (succeeded) {
            return NONE;
        }
        int failures = failuresInARow + 1;
        Duration wait = base.multipliedBy(1L << Math.min(failures - 1, 20));
        return new SyncBackoff(failures, now.plus(wait.compareTo(max) > 0 ? max : wait));
    }
}
