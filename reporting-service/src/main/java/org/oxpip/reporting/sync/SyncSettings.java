package org.oxpip.reporting.sync;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the change feeds are pulled. */
@ConfigMapping(prefix = "oxpip.sync")
public interface SyncSettings {

    /** How often the scheduled sync runs, e.g. {@code 30s}; {@code off} disables it (on demand still works). */
    @WithDefault("30s")
    String every();

    /** Items asked for per page (the feeds allow 1..1000): fewer round trips when catching up. */
    @WithDefault("1000")
    int pageSize();

    /** After a failed scheduled run, the next one waits this long, doubling with each failure in a row... */
    @WithDefault("30s")
    Duration backoffBase();

    /** ...up to this. */
    @WithDefault("10m")
    Duration backoffMax();
}
