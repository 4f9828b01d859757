package org.oxpip.reporting.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/sync")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync")
@SecurityRequirement(name = "bearer")
public class SyncResource {

    private final FeedSync sync;
    private final FeedStatuses statuses;

    SyncResource(FeedSync sync, FeedStatuses statuses) {
        this.sync = sync;
        this.statuses = statuses;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "syncNow",
            summary = "Read the outcome rules and pull every change feed now",
            description = "Roles: admin. First reads the outcome rules (direction, caseness, reliable change,"
                    + " meaningful change) from outcomes-service's instrument catalogue, then each feed page by page"
                    + " until it has nothing more (waiting for a sync of the same source already running here), then"
                    + " answers with the status of each. An upstream that is down does not make this fail: its"
                    + " status carries the error, a feed's cursor stays after the last page stored and the rules"
                    + " stored before stay in force, so the next sync resumes there. No body is needed.")
    @APIResponse(
            responseCode = "200",
            description = "The status of every feed and of the catalogue after the sync",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = FeedStatus.class),
                            examples = @ExampleObject(name = "one feed down", value = FeedStatus.EXAMPLE)))
    public List<FeedStatus> syncNow() {
        sync.syncAll();
        return statuses.list();
    }
}
