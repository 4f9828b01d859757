package org.oxpip.referrals.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as staff record it (POST) or correct it (PUT, the whole session again). */
@Schema(name = "SessionRequest", description = "A therapy session of a referral, as staff record or correct it")
public record SessionRequest(
        @NotNull
        @Schema(
                example = "2024-03-10",
                description = "When it took place: never in the future, never before the referral was received")
        LocalDate date,

        @NotNull
        @Min(value = SessionRules.MIN_MINUTES, message = "must be from 1 to 480 minutes")
        @Max(value = SessionRules.MAX_MINUTES, message = "must be from 1 to 480 minutes")
        @Schema(example = "60", minimum = "1", maximum = "480")
        Integer durationMinutes,

        @NotNull @Schema(example = "PARENT_INFANT") SessionKind kind,
        @NotNull @Schema(example = "HOME") Setting setting,
        @NotNull @Schema(example = "ATTENDED") Attendance attendance,

        @NotNull
        @Size(max = 3, message = "must list each of PARENT_1, PARENT_2 and BABY at most once")
        @Schema(
                example = "[\"PARENT_1\", \"BABY\"]",
                description = "Who of the family was there; may be empty when the family did not attend")
        List<@NotNull Attendee> attendees,

        @Size(max = SessionRules.MAX_NOTE)
        @Schema(
                nullable = true,
                description = "Free text for the team. It never leaves this service (not in the feed, never logged) "
                        + "and is cleared when the family's personal data is erased")
        String note) {}
