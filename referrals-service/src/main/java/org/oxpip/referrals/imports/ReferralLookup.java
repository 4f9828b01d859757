package org.oxpip.referrals.imports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.referrals.referral.ReferralStatusView;

/** Which referrals imports created under the charity's own ids: what outcomes-service's measures import asks. */
final class ReferralLookup {

    static final int MAX_REFS = 1000;

    private ReferralLookup() {}

    @Schema(name = "ReferralLookupRequest")
    record Request(
            @Schema(
                    required = true,
                    description = "The charity's own ids (externalRef) of families imported before; at most 1000",
                    example = "[\"OX22-001\", \"OX23-004\"]")
            @NotNull
            @Size(min = 1, max = MAX_REFS)
            List<@NotBlank @Size(max = 200) String> externalRefs) {}

    @Schema(name = "ReferralLookupResponse")
    record Response(
            @Schema(
                    description = "Each externalRef an import created, with its referral's status (no personal "
                            + "data); an externalRef no import created is left out")
            Map<String, ReferralStatusView> referrals) {}
}
