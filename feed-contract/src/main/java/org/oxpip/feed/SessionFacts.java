package org.oxpip.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A therapy session of a referral as the feed carries it: what was offered and whether the family came.
 * It has no room for the session's note: free text cannot reach the feed by mistake.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "SessionFacts", description = "A session of the referral, without its note")
public record SessionFacts(
        UUID sessionId,
        @Schema(example = "2024-03-10") LocalDate date,

        @Schema(enumeration = {"ASSESSMENT", "PARENT_INFANT", "PARENT_ONLY", "REVIEW", "FOLLOW_UP"})
        String kind,

        @Schema(enumeration = {"HOME", "CLINIC", "VIDEO", "PHONE"})
        String setting,

        @Schema(enumeration = {"ATTENDED", "DID_NOT_ATTEND", "CANCELLED_BY_FAMILY", "CANCELLED_BY_SERVICE"})
        String attendance,

        @Schema(example = "60") int durationMinutes,

        @Schema(example = "[\"PARENT_1\", \"BABY\"]", description = "PARENT_1, PARENT_2, BABY")
        List<String> attendees) {

    public SessionFacts {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    Optional<String> breach() {
        return FeedItemChecks.first(
                FeedItemChecks.required("sessions.sessionId", sessionId),
                FeedItemChecks.required("sessions.date", date),
                FeedItemChecks.code("sessions.kind", kind),
                FeedItemChecks.code("sessions.setting", setting),
                FeedItemChecks.code("sessions.attendance", attendance),
                attendees.stream()
                        .map(a -> FeedItemChecks.code("sessions.attendees", a))
                        .filter(Optional::isPresent)
                        .findFirst()
                        .orElse(Optional.empty()));
    }
}
