package org.oxpip.referrals.feed;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.feed.ReferralFacts;

/** One page of the change feed (docs/feeds.md). */
@Schema(name = "ReferralFeedPage")
public record FeedPage(
        @Schema(description = "Pseudonymised referral facts, one per change, in feed order; each has its position")
        List<ReferralFacts> items,

        @Schema(description = "The cursor to pass as 'after' next time", example = "41")
        String next,

        @Schema(description = "Whether another page is already waiting")
        boolean hasMore,

        @Schema(
                description = "Whether changes already committed wait behind an older transaction still in "
                        + "flight (they sort after it, so they come once it ends). With hasMore false and "
                        + "heldBack false, this page reached every change committed before it was read.")
        boolean heldBack) {}
