package org.oxpip.outcomes.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An assessment an import created, under the family's externalRef and which measure it is. */
@Entity
@Table(name = "imported_assessment")
@IdClass(ImportedAssessment.Key.class)
public class ImportedAssessment extends PanacheEntityBase {

    @Id
    @Column(name = "external_ref")
    public String externalRef;

    @Id
    public String instrument;

    @Id
    public String timepoint;

    @Id
    public String respondent;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "import_id")
    public UUID importId;

    /** SHA-256 of the row's content (see MeasureRow): tells the same row from a changed one. */
    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "imported_at")
    public Instant importedAt;

    MeasureKey key() {
        return new MeasureKey(externalRef, instrument, timepoint, respondent);
    }

    /** The composite key, as JPA needs it. */
    public static class Key implements Serializable {
        public String externalRef;
        public String instrument;
        public String timepoint;
        public String respondent;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k
                    && Objects.equals(externalRef, k.externalRef)
                    && Objects.equals(instrument, k.instrument)
                    && Objects.equals(timepoint, k.timepoint)
                    && Objects.equals(respondent, k.respondent);
        }

        @Override
        public int hashCode() {
            return Objects.hash(externalRef, instrument, timepoint, respondent);
        }
    }
}
