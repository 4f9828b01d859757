package org.oxpip.referrals.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only: an endpoint someone forgot to give a role annotation. With unannotated endpoints
 * denied it must answer 401/403, never its body. Hidden from the OpenAPI document, which lists
 * only the service's real API.
 */
@Path("/api/v1/test-only/unannotated")
public class UnannotatedProbe {

    static final String SECRET = "an unannotated endpoint answered";

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String probe() {
        return SECRET;
    }
}
