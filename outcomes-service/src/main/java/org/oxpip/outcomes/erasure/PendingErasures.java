package org.oxpip.outcomes.erasure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** referrals-service's answer to GET /api/v1/erasures/pending: the erasures we have not yet confirmed, oldest first. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PendingErasures(List<Item> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(UUID referralId, Instant erasedAt) {}

    List<Item> itemsOrNone() {
        return items == null ? List.of() : items;
    }
}
