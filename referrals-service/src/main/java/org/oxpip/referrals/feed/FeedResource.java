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
                    + "details, full postcodes or free text), in order, each change once. Positions are handed out "
                    + "at commit under a lock, so a change still in flight is never skipped. See docs/feeds.md.")
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
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        long from = cursor(after);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT position, CAST(facts AS text) FROM referral_change WHERE position > ?1 ORDER BY position LIMIT ?2")
                .setParameter(1, from)
                .setParameter(2, limit + 1)
                .getResultList();
        List<ReferralFacts> items = new ArrayList<>();
        long last = from;
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            last = ((Number) row[0]).longValue();
            items.add(item(last, (String) row[1]));
        }
        return new FeedPage(items, Long.toString(last), rows.size() > limit);
    }

    private ReferralFacts item(long position, String facts) {
        try {
            return mapper.readValue(facts, ReferralFacts.class).at(Long.toString(position));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long cursor(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            long position = Long.parseLong(after);
            if (position < 0) {
                throw new NumberFormatException();
            }
            return position;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("after", "is not a cursor this feed gave out");
        }
    }
}
