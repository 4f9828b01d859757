package org.oxpip.reporting.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test only: an endpoint someone forgot to give a role annotation. With
 * quarkus.security.jaxrs.deny-unannotated-endpoints it must answer nobody (DenyByDefaultTest).
 */
@Path("/api/v1/forgotten")
public class UnannotatedResource {

    @GET
    @Operation(hidden = true)
    public String forgotten() {
        return "anyone can read this";
    }
}
