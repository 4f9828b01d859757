package org.oxpip.outcomes.feed;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.feed.AssessmentFacts;

/** A page of the feed and the cursor to ask from next. */
@Schema(name = "AssessmentFeedPage")
public record FeedPage(
        List<AssessmentFacts> items,

        @Schema(
                example = "18734.41",
                description = "Opaque cursor: pass it as `after` next time (the same as `after` when "
                        + "there was nothing new)")
        String next,

        @Schema(description = "Another page is already waiting")
        boolean hasMore) {}
