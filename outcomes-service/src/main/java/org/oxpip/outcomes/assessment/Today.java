package org.oxpip.outcomes.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Today's date where the charity works: a measure completed "today" in Didcot is never "in the future". */
@ApplicationScoped
public class Today {

    private final ZoneId zone;

    Today(@ConfigProperty(name = "oxpip.time-zone", defaultValue = "Europe/London") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public LocalDate date() {
        return LocalDate.now(zone);
    }
}
