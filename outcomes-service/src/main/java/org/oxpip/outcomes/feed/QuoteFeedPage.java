package org.oxpip.outcomes.feed;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.feed.QuoteFacts;

/** A page of the quotes feed and the cursor to ask from next. */
@Schema(name = "QuoteFeedPage")
public record QuoteFeedPage(
        List<QuoteFacts> items,

        @Schema(
                example = "18740.17",
                description = "Opaque cursor: pass it as `after` next time (the same as `after` when there was nothing"
                        + " new)")
        String next,

        @Schema(description = "Another page is already waiting")
        boolean hasMore) {}
