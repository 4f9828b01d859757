package org.oxpip.outcomes.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.feed.AssessmentFacts;
import org.oxpip.platform.feed.FeedCursor;
import org.oxpip.platform.paging.QueryParams;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Roles;

/** The assessment change feed that reporting-service pulls (docs/feeds.md). */
@Path("/api/v1/feed/assessments")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Feed")
public class FeedResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @GET
    @RolesAllowed(Roles.FEED_READER)
    @Operation(
            operationId = "readAssessmentFeed",
            summary = "The assessment change feed",
            description = "Role: feed-reader (reporting-service's service account). Every committed change to an "
                    + "assessment, once, as a pseudonymised snapshot: no answers, no comments, no free text. The feed "
                    + "is read in the order of the transactions that wrote it and never past the oldest one still in "
                    + "flight, so a change that commits late holds the feed back rather than being skipped. The "
                    + "cursor is opaque.")
    @APIResponse(
            responseCode = "200",
            description = "Changes after the cursor",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FeedPage.class),
                            examples = @ExampleObject(name = "page", value = """
                            {"items": [{"position": "18734.41", "assessmentId": "9b2d3c4e-1f60-4a7b-8c9d-0e1f2a3b4c5d",
                            "referralId": "3f6c1a52-8d0e-4b7a-9a51-2f1f0b6f8c11", "instrument": "PHQ9",
                            "timepoint": "BASELINE", "respondent": "PARENT_1", "completedOn": "2024-12-10",
                            "total": 10, "band": "moderate", "deleted": false, "changedAt": "2024-12-10T14:03:00Z",
                            "recordedAt": "2024-12-10T14:03:00Z"}],
                            "next": "18734.41", "hasMore": false}""")))
    @APIResponse(
            responseCode = "400",
            description = "`after` is not a cursor this feed gave out, or `limit` is out of range",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The caller is not a feed reader",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public FeedPage read(
            @Parameter(
                            description = "The `next` of the previous page; omit to start from the beginning",
                            example = "18734.41")
                    @QueryParam("after")
                    String after,
            @Parameter(
                            description = "How many changes at most, 1-1000",
                            example = "100",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .INTEGER,
                                            minimum = "1",
                                            maximum = "1000",
                                            defaultValue = "100"))
                    @QueryParam("limit")
                    String limit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        FeedCursor cursor = FeedCursor.parse(after, errors);
        int count = QueryParams.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        // One more than asked for tells whether another page is already waiting.
        List<FeedEntry> entries = FeedEntry.after(cursor, count + 1);
        boolean hasMore = entries.size() > count;
        List<AssessmentFacts> items =
                entries.stream().limit(count).map(FeedEntry::facts).toList();
        String next = items.isEmpty()
                ? cursor.toString()
                : items.get(items.size() - 1).position();
        return new FeedPage(items, next, hasMore);
    }
}
