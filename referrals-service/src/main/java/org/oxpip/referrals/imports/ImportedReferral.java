package org.oxpip.referrals.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A referral an import created, under the charity's own id for the family. */
@Entity
@Table(name = "imported_referral")
public class ImportedReferral extends PanacheEntityBase {

    @Id
    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "import_id")
    public UUID importId;

    /** SHA-256 of the row's content (see ReferralRow): tells the same row from a changed one. */
    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "imported_at")
    public Instant importedAt;

    /** What no fingerprint of a row ever is: an erased family's row can only be a conflict, never recreated. */
    static final String ERASED = "erased";

    /**
     * Erasure forgets the row's fingerprint (it was made from personal data, like an idempotency key's hash).
     * Called by erasure in its transaction; the externalRef and the import's id stay, as the facts do.
     */
    public static void forgetContent(UUID referralId) {
        update("contentHash = ?1 where referralId = ?2", ERASED, referralId);
    }
}
