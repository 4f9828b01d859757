package org.oxpip.reporting.sync;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.oxpip.feed.QuoteFacts;
import org.oxpip.reporting.readmodel.QuoteFactsTable;
import org.oxpip.reporting.readmodel.ReadModelTable;

/** outcomes-service's quotes feed (approved quotes only): each request is bounded in time and retried with exponential back-off. */
@ApplicationScoped
public class QuotesFeed implements ChangeFeed<QuoteFacts> {

    public static final String NAME = "quotes";

    private final QuotesFeedClient client;
    private final QuoteFactsTable table;

    QuotesFeed(@RestClient QuotesFeedClient client, QuoteFactsTable table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, jitter = 50)
    @ExponentialBackoff(factor = 2, maxDelay = 5000)
    public FeedPage<QuoteFacts> fetch(String after, int limit) {
        return client.page(after, limit);
    }

    @Override
    public ReadModelTable<QuoteFacts> table() {
        return table;
    }
}
