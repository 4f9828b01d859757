package org.oxpip.referrals.workflow;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oxpip.platform.security.Caller;
import org.oxpip.referrals.referral.ClosureReason;
import org.oxpip.referrals.referral.ReferralStatus;

/** One step of a referral's history: who moved it, from what to what, when and why. */
@Entity
@Table(name = "status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ReferralStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ReferralStatus to;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    public ClosureReason closureReason;

    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** Records a step in the current transaction. */
    public static StatusChange record(
            UUID referralId,
            ReferralStatus from,
            ReferralStatus to,
            LocalDate effectiveDate,
            String reason,
            ClosureReason closureReason,
            Caller caller) {
        StatusChange change = new StatusChange();
        change.id = UUID.randomUUID();
        change.referralId = referralId;
        change.from = from;
        change.to = to;
        change.effectiveDate = effectiveDate;
        change.reason = reason;
        change.closureReason = closureReason;
        change.actor = caller.actor();
        change.actorRole = caller.mainRole();
        change.recordedAt = Instant.now();
        change.persist();
        return change;
    }

    public static List<StatusChange> ofReferral(UUID referralId) {
        return list("referralId = ?1 order by recordedAt, effectiveDate", referralId);
    }
}
