package org.oxpip.reporting.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.platform.security.Roles;

@Path("/api/v1/sync/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync")
@SecurityRequirement(name = "bearer")
public class SyncStatusResource {

    private final FeedStatuses statuses;

    SyncStatusResource(FeedStatuses statuses) {
        this.statuses = statuses;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "getSyncStatus",
            summary = "How far each change feed has been read",
            description = "Roles: admin, manager. Per feed: the stored cursor, the last successful sync (the feed read"
                    + " to its end), the last attempt, the last error (a short description, never an upstream body)"
                    + " and the lag in seconds since the last success; the same for the outcome rules read from"
                    + " outcomes-service's instrument catalogue (feed \"instruments\", no cursor).")
    @APIResponse(
            responseCode = "200",
            description = "One entry per upstream source: referrals, assessments, then instruments",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = FeedStatus.class),
                            examples = @ExampleObject(name = "one feed down", value = FeedStatus.EXAMPLE)))
    public List<FeedStatus> status() {
        return statuses.list();
    }
}
