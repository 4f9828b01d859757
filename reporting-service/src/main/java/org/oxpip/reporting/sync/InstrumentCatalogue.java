package org.oxpip.reporting.sync;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.oxpip.reporting.rules.CatalogueInstrument;

/**
 * outcomes-service's instrument catalogue, the one source of the outcome rules: each request is bounded in
 * time and retried with exponential back-off, as the feeds' are.
 */
@ApplicationScoped
public class InstrumentCatalogue {

    /** Its name in table feed_cursor and in the sync status. */
    public static final String NAME = "instruments";

    private final InstrumentsClient client;

    InstrumentCatalogue(@RestClient InstrumentsClient client) {
        this.client = client;
    }

    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, jitter = 50)
    @ExponentialBackoff(factor = 2, maxDelay = 5000)
    public List<CatalogueInstrument> fetch() {
        return client.list();
    }
}
