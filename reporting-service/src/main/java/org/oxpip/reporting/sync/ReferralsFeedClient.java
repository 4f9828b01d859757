package org.oxpip.reporting.sync;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.oxpip.feed.ReferralFacts;

/** referrals-service's change feed, read with our own service-account token (role feed-reader). */
@RegisterRestClient(configKey = "referrals")
@OidcClientFilter
@Path("/api/v1/feed/referrals")
interface ReferralsFeedClient {

    @GET
    FeedPage<ReferralFacts> page(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
