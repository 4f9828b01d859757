package org.oxpip.referrals.erasure;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a referral's erasure has got to: which of the services holding its data have confirmed. */
@Schema(name = "ErasureRecord")
public record ErasureRecord(
        UUID referralId,

        @Schema(description = "When the referral was erased; null when it was not")
        Instant erasedAt,

        @Schema(description = "Every service expected to confirm (configuration oxpip.erasure.services), in order")
        List<ServiceConfirmation> services,

        @Schema(description = "True once every expected service has confirmed")
        boolean complete) {

    @Schema(name = "ServiceConfirmation")
    public record ServiceConfirmation(
            @Schema(example = "outcomes-service") String service,

            @Schema(description = "When the service confirmed it had erased its copy; null until then")
            Instant confirmedAt) {}

    static ErasureRecord of(UUID referralId, Instant erasedAt, List<String> expected, Map<String, Instant> confirmed) {
        // A confirmation without an erasure cannot happen (confirming needs an erased referral), but a
        // referral that is not erased is never shown as confirmed by anyone.
        List<ServiceConfirmation> services = expected.stream()
                .map(s -> new ServiceConfirmation(s, erasedAt == null ? null : confirmed.get(s)))
                .toList();
        boolean complete = erasedAt != null && services.stream().allMatch(s -> s.confirmedAt() != null);
        return new ErasureRecord(referralId, erasedAt, services, complete);
    }
}
