package org.oxpip.reporting.sync;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.reporting.problem.Problem;
import org.oxpip.reporting.security.Roles;

@Path("/api/v1/sync/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync")
public class SyncStatusResource {

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(summary = "How far each change feed has been read",
            description = "Roles: admin, manager. Per feed: cursor, last success, last error, lag.")
    @APIResponse(responseCode = "200", description = "One entry per upstream feed")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller's role may not do this",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public List<FeedStatus> status() {
        Instant now = Instant.now();
        return FeedCursor.<FeedCursor>listAll(Sort.by("feed").descending()).stream()
                .map(cursor -> FeedStatus.of(cursor, now)).toList();
    }
}
