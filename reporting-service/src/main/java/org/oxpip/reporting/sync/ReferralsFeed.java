package org.oxpip.reporting.sync;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.oxpip.feed.ReferralFacts;
import org.oxpip.reporting.readmodel.ReadModelTable;
import org.oxpip.reporting.readmodel.ReferralFactsTable;

/** referrals-service's feed: each request is bounded in time and retried with exponential back-off. */
@ApplicationScoped
public class ReferralsFeed implements ChangeFeed<ReferralFacts> {

    public static final String NAME = "referrals";

    private final ReferralsFeedClient client;
    private final ReferralFactsTable table;

    ReferralsFeed(@RestClient ReferralsFeedClient client, ReferralFactsTable table) {
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
    public FeedPage<ReferralFacts> fetch(String after, int limit) {
        return client.page(after, limit);
    }

    @Override
    public ReadModelTable<ReferralFacts> table() {
        return table;
    }
}
