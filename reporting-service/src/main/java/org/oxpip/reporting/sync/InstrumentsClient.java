package org.oxpip.reporting.sync;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.oxpip.reporting.rules.CatalogueInstrument;

/** outcomes-service's instrument catalogue, read with our own service-account token (role feed-reader). */
@RegisterRestClient(configKey = "outcomes")
@OidcClientFilter
@Path("/api/v1/instruments")
interface InstrumentsClient {

    @GET
    List<CatalogueInstrument> list();
}
