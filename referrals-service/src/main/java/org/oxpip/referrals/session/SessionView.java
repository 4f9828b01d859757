package org.oxpip.referrals.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as staff see it. */
@Schema(name = "Session", description = "A therapy session of a referral, as staff (clinician, manager, admin) see it")
public record SessionView(
        UUID id,
        UUID referralId,
        @Schema(example = "2024-03-10") LocalDate date,
        @Schema(example = "60") int durationMinutes,
        SessionKind kind,
        Setting setting,
        Attendance attendance,
        List<Attendee> attendees,

        @Schema(nullable = true, description = "Staff's free text; null once the family's data is erased")
        String note,

        @Schema(
                description = "Deleted as recorded in error: kept for the record, left out of the list, the feed "
                        + "and every figure")
        boolean deleted,

        @Schema(example = "clinician") String recordedBy,
        Instant recordedAt,
        Instant updatedAt,

        @Schema(description = "The session's version, also its ETag")
        int version) {

    static SessionView of(TherapySession s) {
        return new SessionView(
                s.id,
                s.referralId,
                s.date,
                s.durationMinutes,
                s.kind,
                s.setting,
                s.attendance,
                s.attendeeList(),
                s.note,
                s.deleted,
                s.recordedBy,
                s.recordedAt,
                s.updatedAt,
                s.version);
    }
}
