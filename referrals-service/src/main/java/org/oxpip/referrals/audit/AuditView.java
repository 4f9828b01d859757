package org.oxpip.referrals.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit entry as the administrator sees it. */
@Schema(name = "AuditEntry")
public record AuditView(
        UUID referralId,
        @Schema(example = "clinician") String actor,
        @Schema(example = "clinician") String actorRole,

        @Schema(
                example = "READ",
                description =
                        "CREATE, READ, LIST, HISTORY, TRANSITION, ERASE, "
                                + "READ_ERASURE (an admin read the erasure's confirmations) or CONFIRM_ERASURE (a service erased its copy)")
        String action,

        Instant at) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.referralId, e.actor, e.actorRole, e.action, e.at);
    }
}
