package org.oxpip.referrals.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oxpip.feed.ReferralFacts;
import org.oxpip.platform.feed.FeedCursor;
import org.oxpip.platform.paging.QueryParams;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Roles;

/** The pseudonymised change feed that reporting-service pulls. */
@Path("/api/v1/feed/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feed")
public class FeedResource {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @GET
    @RolesAllowed({Roles.FEED_READER, Roles.REFERRAL_READER})
    @Transactional
    @Operation(
            summary = "Referral changes after a cursor",
            description = "Roles: feed-reader (reporting-service's service account) and referral-reader "
                    + "(outcomes-service's, which keeps its copy of referral states from it). Each item is a snapshot of a "
                    + "referral's pseudonymised facts after one change (no names, birth dates, NHS numbers, contact "
                    + "details, full postcodes or free text), in order, each change once. The feed is read "
                    + "in the order of the transactions that wrote it and never past the oldest one still in flight, "
                    + "so a change that commits late is never skipped. The cursor is opaque. See docs/feeds.md.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(
            responseCode = "400",
            description = "Bad cursor or limit",
            content = @Content(mediaType = Problem.JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the feed-reader and referral-reader roles may read the feed")
    public FeedPage read(
            @QueryParam("after") String after,
            @Parameter(
                            description = "Changes per page, 1-1000",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "1000",
                                            defaultValue = "100"))
                    @QueryParam("limit")
                    String limitParam) {
        // Read as text so that limit=ten is our 400 naming it, not JAX-RS's 404.
        List<Problem.FieldError> errors = new ArrayList<>();
        int limit = QueryParams.integer("limit", limitParam, 100, 1, 1000, errors);
        FeedCursor from = FeedCursor.parse(after, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        // Only changes of transactions older than every one still in flight: a change that commits later will sort
        // after them, so the cursor can never move past it. In the same statement (one snapshot), whether any
        // committed change waits behind that horizon: a page can then say it reached everything committed before it.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        WITH page AS (
                            SELECT c.txid, c.position, c.facts FROM referral_change c
                            WHERE %s
                            ORDER BY c.txid, c.position LIMIT ?3)
                        SELECT CAST(p.txid AS text), p.position, CAST(p.facts AS text),
                               EXISTS (SELECT 1 FROM referral_change c
                                       WHERE c.txid >= pg_snapshot_xmin(pg_current_snapshot()))
                        FROM (SELECT 1) AS always LEFT JOIN page p ON true
                        ORDER BY p.txid, p.position""".formatted(FeedCursor.PAGE_CONDITION))
                .setParameter(1, from.txidText())
                .setParameter(2, from.position())
                .setParameter(3, limit + 1)
                .getResultList();
        boolean heldBack = (Boolean) rows.get(0)[3];
        List<Object[]> changes = rows.get(0)[0] == null ? List.of() : rows;
        List<ReferralFacts> items = new ArrayList<>();
        FeedCursor last = from;
        for (Object[] row : changes.subList(0, Math.min(limit, changes.size()))) {
            last = FeedCursor.of(row[0], row[1]);
            items.add(item(last, (String) row[2]));
        }
        return new FeedPage(items, last.toString(), changes.size() > limit, heldBack);
    }

    private ReferralFacts item(FeedCursor position, String facts) {
        try {
            return mapper.readValue(facts, ReferralFacts.class).at(position.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
