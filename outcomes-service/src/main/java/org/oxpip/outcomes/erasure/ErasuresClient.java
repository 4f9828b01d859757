package org.oxpip.outcomes.erasure;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * referrals-service's erasure endpoints for the services that hold a copy (role referral-reader),
 * called with our own service-account token; it knows us by the token's client id.
 */
@RegisterRestClient(configKey = "referrals")
@OidcClientFilter
@Path("/api/v1/erasures")
interface ErasuresClient {

    @GET
    @Path("/pending")
    PendingErasures pending(@QueryParam("limit") int limit);

    /** 204, also when we had confirmed it before; anything else throws. */
    @POST
    @Path("/{referralId}/confirmation")
    void confirm(@PathParam("referralId") UUID referralId);
}
