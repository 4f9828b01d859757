package org.oxpip.outcomes.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.feed.QuoteFacts;
import org.oxpip.platform.feed.FeedCursor;
import org.oxpip.platform.paging.QueryParams;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Roles;

/**
 * The quotes feed that reporting-service pulls (docs/feeds.md). Its rows say only which quote changed; each item
 * shows the quote as it stands now, so a withdrawn or erased quote's words are in no page, old or new.
 */
@Path("/api/v1/feed/quotes")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Feed")
public class QuoteFeedResource {

    static final String PAGE = """
            SELECT CAST(c.txid AS text), c.position, q.id, q.status = 'APPROVED', q.text,
                   array_to_string(q.funding_streams, ' '), to_char(q.month, 'YYYY-MM'), q.updated_at
              FROM quote_change c JOIN feedback_quote q ON q.id = c.quote_id
             WHERE %s
             ORDER BY c.txid, c.position
             LIMIT ?3""".formatted(FeedCursor.PAGE_CONDITION);

    @Inject
    EntityManager em;

    @GET
    @RolesAllowed(Roles.FEED_READER)
    @Transactional
    @Operation(
            operationId = "readQuoteFeed",
            summary = "The quotes feed",
            description = "Role: feed-reader (reporting-service's service account). Every committed change to a"
                    + " quote a manager approved from a parent's feedback, once, in the order of the transactions that wrote"
                    + " them. Each item is the"
                    + " quote as it stands now: the approved (de-identified) text, the funding streams it may be"
                    + " printed for and the month of the feedback, or approved false with no text once it was"
                    + " withdrawn or the family's data erased. Never a referral, assessment or feedback id.")
    @APIResponse(
            responseCode = "200",
            description = "Changes after the cursor",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuoteFeedPage.class),
                            examples = @ExampleObject(name = "page", value = """
                            {"items": [{"position": "18740.17", "quoteId": "5d0f6c1e-2b7a-4f3e-9c8d-1a2b3c4d5e6f",
                            "approved": true, "text": "The sessions helped us enjoy our baby again.",
                            "fundingStreams": ["DIDCOT_POWERHOUSE"], "month": "2024-12",
                            "changedAt": "2024-12-18T10:15:00Z"}], "next": "18740.17", "hasMore": false}""")))
    @APIResponse(
            responseCode = "400",
            description = "`after` is not a cursor this feed gave out, or `limit` is out of range",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The caller is not a feed reader",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    public QuoteFeedPage read(
            @Parameter(
                            description = "The `next` of the previous page; omit to start from the beginning",
                            example = "18740.17")
                    @QueryParam("after")
                    String after,
            @Parameter(
                            description = "How many changes at most, 1-1000",
                            example = "100",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "1000",
                                            defaultValue = "100"))
                    @QueryParam("limit")
                    String limit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        FeedCursor cursor = FeedCursor.parse(after, errors);
        int count = QueryParams.integer("limit", limit, FeedResource.DEFAULT_LIMIT, 1, FeedResource.MAX_LIMIT, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PAGE)
                .setParameter(1, cursor.txidText())
                .setParameter(2, cursor.position())
                .setParameter(3, count + 1)
                .getResultList();
        boolean hasMore = rows.size() > count;
        List<QuoteFacts> items =
                rows.stream().limit(count).map(QuoteFeedResource::facts).toList();
        String next = items.isEmpty()
                ? cursor.toString()
                : items.get(items.size() - 1).position();
        return new QuoteFeedPage(items, next, hasMore);
    }

    private static QuoteFacts facts(Object[] row) {
        boolean approved = (Boolean) row[3];
        return new QuoteFacts(
                FeedCursor.of(row[0], row[1]).toString(),
                (UUID) row[2],
                approved,
                approved ? (String) row[4] : null,
                approved ? Arrays.asList(((String) row[5]).split(" ")) : List.of(),
                approved ? (String) row[6] : null,
                instant(row[7]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
