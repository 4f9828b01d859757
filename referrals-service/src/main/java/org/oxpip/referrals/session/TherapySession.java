package org.oxpip.referrals.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One therapy session of a referral (its episode of care). The note is personal data. */
@Entity
@Table(name = "therapy_session")
public class TherapySession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

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

    public String note;

    public boolean deleted;

    @Column(name = "deletion_reason")
    public String deletionReason;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    void take(SessionRequest request) {
        date = request.date();
        durationMinutes = request.durationMinutes();
        kind = request.kind();
        setting = request.setting();
        attendance = request.attendance();
        attendees =
                request.attendees().stream().distinct().sorted().map(Enum::name).toArray(String[]::new);
        note = request.note();
    }

    public boolean attended() {
        return !deleted && attendance == Attendance.ATTENDED;
    }

    public List<Attendee> attendeeList() {
        return Arrays.stream(attendees).map(Attendee::valueOf).toList();
    }

    /** Erasure: the free text of a referral's sessions and of every version they replaced goes. */
    public static void clearNotes(UUID referralId) {
        update("note = null, deletionReason = null where referralId = ?1", referralId);
        SessionVersion.update(
                "note = null, reason = null where sessionId in (select s.id from TherapySession s where s.referralId = ?1)",
                referralId);
    }

    /** The date of the referral's latest session that was not deleted, if it has any. */
    public static Optional<LocalDate> lastDate(UUID referralId) {
        return Optional.ofNullable(getEntityManager()
                .createQuery(
                        "select max(s.date) from TherapySession s where s.referralId = ?1 and s.deleted = false",
                        LocalDate.class)
                .setParameter(1, referralId)
                .getSingleResult());
    }

    /**
     * A new session as the sessions API records it, not yet stored (an import builds each one with it).
     */
    public static TherapySession recorded(UUID referralId, SessionRequest request, String actor, Instant at) {
        TherapySession session = new TherapySession();
        session.id = UUID.randomUUID();
        session.referralId = referralId;
        session.take(request);
        session.recordedBy = actor;
        session.recordedAt = at;
        session.updatedAt = at;
        return session;
    }

    /** The sessions that were not deleted of many referrals, oldest first, read a thousand referrals at a time. */
    public static Map<UUID, List<TherapySession>> ofReferrals(List<UUID> referralIds) {
        Map<UUID, List<TherapySession>> sessions = new HashMap<>();
        for (int from = 0; from < referralIds.size(); from += 1000) {
            List<UUID> part = referralIds.subList(from, Math.min(referralIds.size(), from + 1000));
            TherapySession.<TherapySession>list("referralId in ?1 and deleted = false order by date, recordedAt", part)
                    .forEach(s -> sessions.computeIfAbsent(s.referralId, id -> new ArrayList<>())
                            .add(s));
        }
        return sessions;
    }

    /** The sessions of a referral that were not deleted, oldest first. */
    public static List<TherapySession> ofReferral(UUID referralId) {
        return list("referralId = ?1 and deleted = false order by date, recordedAt", referralId);
    }
}
