package org.oxpip.reporting.sync;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.oxpip.feed.QuoteFacts;

/** outcomes-service's quotes feed, read with our own service-account token (role feed-reader). */
@RegisterRestClient(configKey = "outcomes")
@OidcClientFilter
@Path("/api/v1/feed/quotes")
interface QuotesFeedClient {

    @GET
    FeedPage<QuoteFacts> page(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
