package org.oxpip.outcomes.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One read or change of a family's measures: who, with which role, what, when and which record. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    public Instant at;

    public String actor;

    public String role;

    public String action;

    @Column(name = "record_type")
    public String recordType;

    /** The record read or changed; a list writes one row per record it shows. Null only in rows from before that rule. */
    @Column(name = "record_id")
    public UUID recordId;
}
