package org.oxpip.referrals.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A replaced version of a session, and the change that replaced it. */
@Schema(name = "SessionVersion")
public record SessionVersionView(
        @Schema(example = "0") int version,
        @Schema(example = "2024-03-10") LocalDate date,
        @Schema(example = "60") int durationMinutes,
        SessionKind kind,
        Setting setting,
        Attendance attendance,
        List<Attendee> attendees,

        @Schema(nullable = true, description = "null once the family's data is erased")
        String note,

        @Schema(description = "What replaced this version: CORRECTED or DELETED")
        SessionVersion.Change change,

        @Schema(nullable = true, description = "Why it was deleted; null for a correction and once erased")
        String reason,

        @Schema(example = "clinician") String replacedBy,
        Instant replacedAt) {

    static SessionVersionView of(SessionVersion v) {
        return new SessionVersionView(
                v.version,
                v.date,
                v.durationMinutes,
                v.kind,
                v.setting,
                v.attendance,
                Arrays.stream(v.attendees).map(Attendee::valueOf).toList(),
                v.note,
                v.change,
                v.reason,
                v.replacedBy,
                v.replacedAt);
    }
}
