package org.oxpip.outcomes.referral;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** referrals-service's view for other services; called with our own service-account token. */
@RegisterRestClient(configKey = "referrals")
@OidcClientFilter
@Path("/api/v1/referrals")
interface ReferralsClient {

    @GET
    @Path("/{id}/status")
    ReferralSnapshot status(@PathParam("id") UUID id);
}
