package org.oxpip.outcomes.imports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.oxpip.outcomes.referral.ReferralSnapshot;

/** referrals-service's lookup of imported families by the charity's own ids; with our service-account token. */
@RegisterRestClient(configKey = "referrals-imports")
@OidcClientFilter
@Path("/api/v1/imports/referrals/lookup")
interface ImportedReferralsClient {

    record Request(List<String> externalRefs) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Response(Map<String, ReferralSnapshot> referrals) {}

    @POST
    Response lookup(Request request);
}
