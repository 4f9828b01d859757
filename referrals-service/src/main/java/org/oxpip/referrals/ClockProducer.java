package org.oxpip.referrals;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** "Today" in the charity's time zone: dates of referrals are UK dates. */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }
}
