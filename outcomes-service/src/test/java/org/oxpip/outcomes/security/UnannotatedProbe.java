package org.oxpip.outcomes.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test only: an endpoint as someone might add it, forgetting its role annotation. Deny by default
 * must close it. Hidden from the OpenAPI document, which lists only the real endpoints.
 */
@Path("/api/v1/test-only/unannotated")
public class UnannotatedProbe {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String open() {
        return "anyone could read this";
    }
}
