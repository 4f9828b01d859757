package org.oxpip.outcomes.referral;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.oxpip.feed.ReferralFacts;

/** One page of referrals-service's change feed, as the contract (feed-contract's ReferralFacts) has it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReferralFeedPage(List<ReferralFacts> items, String next, boolean hasMore, boolean heldBack) {

    List<ReferralFacts> itemsOrNone() {
        return items == null ? List.of() : items;
    }
}
