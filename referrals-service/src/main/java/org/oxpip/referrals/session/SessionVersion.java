package org.oxpip.referrals.session;

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

/** A version of a session that a correction or a deletion replaced, with who, when and why. */
@Entity
@Table(name = "therapy_session_version")
public class SessionVersion extends PanacheEntityBase {

    public enum Change {
        CORRECTED,
        DELETED
    }

    @Id
    public UUID id;

    @Column(name = "session_id")
    public UUID sessionId;

    public int version;

    @Column(name = "session_date")
    public LocalDate date;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    @Enumerated(EnumType.STRING)
    public SessionKind kind;

    @Enumerated(EnumType.STRING)
    public Setting setting;

    @Enumerated(EnumType.STRING)
    public Attendance attendance;

    public String[] attendees;

    /** Free text, cleared by an erasure like the session's own note. */
    public String note;

    @Enumerated(EnumType.STRING)
    public Change change;

    /** Why it was replaced: free text, cleared by an erasure. */
    public String reason;

    @Column(name = "replaced_by")
    public String replacedBy;

    @Column(name = "replaced_at")
    public Instant replacedAt;

    static void keep(TherapySession current, Change change, String reason, String by, Instant now) {
        SessionVersion v = new SessionVersion();
        v.id = UUID.randomUUID();
        v.sessionId = current.id;
        v.version = current.version;
        v.date = current.date;
        v.durationMinutes = current.durationMinutes;
        v.kind = current.kind;
        v.setting = current.setting;
        v.attendance = current.attendance;
        v.attendees = current.attendees.clone();
        v.note = current.note;
        v.change = change;
        v.reason = reason;
        v.replacedBy = by;
        v.replacedAt = now;
        v.persist();
    }

    static List<SessionVersion> of(UUID sessionId) {
        return list("sessionId = ?1 order by version", sessionId);
    }
}
