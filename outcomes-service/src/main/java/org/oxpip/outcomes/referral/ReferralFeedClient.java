package org.oxpip.outcomes.referral;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * referrals-service's change feed (docs/feeds.md), read with our own service-account token (role
 * referral-reader, which referrals-service lets read this feed beside feed-reader).
 */
@RegisterRestClient(configKey = "referrals")
@OidcClientFilter
@Path("/api/v1/feed/referrals")
interface ReferralFeedClient {

    @GET
    ReferralFeedPage page(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
