package org.oxpip.outcomes.erasure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A referral erased in referrals-service whose free text we have cleared here too. */
@Entity
@Table(name = "erased_referral")
public class ErasedReferral extends PanacheEntityBase {

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    /** When referrals-service erased it, as it told us; null if it did not say. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    /** When we first cleared our copy. */
    @Column(name = "applied_at")
    public Instant appliedAt;

    /** When referrals-service took our confirmation; null until it has. */
    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    /** A count, not a find: always asks the database, never the session's cache. */
    static boolean isErased(UUID referralId) {
        return count("referralId", referralId) > 0;
    }
}
