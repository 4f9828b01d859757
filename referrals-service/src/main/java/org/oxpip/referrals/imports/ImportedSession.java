package org.oxpip.referrals.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A session an import created, under the row's identity (docs/import/README.md, "The sessions sheet"). */
@Entity
@Table(name = "imported_session")
public class ImportedSession extends PanacheEntityBase {

    /** externalRef + date + kind + the row's place among the file's rows with those three (1 for the first). */
    @Embeddable
    public record Key(
            @Column(name = "external_ref") String externalRef,
            @Column(name = "session_date") LocalDate date,
            @Column(name = "kind") String kind,
            @Column(name = "occurrence") int occurrence)
            implements Serializable {}

    @EmbeddedId
    public Key key;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "import_id")
    public UUID importId;

    /** SHA-256 of the row's content (see SessionRow): tells the same row from a changed one. */
    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "imported_at")
    public Instant importedAt;
}
