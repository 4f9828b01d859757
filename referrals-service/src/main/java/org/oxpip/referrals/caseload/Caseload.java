package org.oxpip.referrals.caseload;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Each clinician's open episodes and the sessions of a period: for a manager planning the team's work. */
@Schema(name = "Caseload", description = "Open episodes and sessions in a period, per allocated therapist")
public record Caseload(
        @Schema(example = "2024-01-01") LocalDate from,
        @Schema(example = "2024-03-31") LocalDate to,
        List<ClinicianCaseload> clinicians) {

    @Schema(name = "ClinicianCaseload")
    public record ClinicianCaseload(
            @Schema(
                    nullable = true,
                    example = "Dr A Therapist",
                    description = "The referrals' allocatedTherapist; null for episodes no one is allocated to")
            String clinician,

            @Schema(
                    description = "Episodes open at any time in the period: accepted on or before `to`, not "
                            + "declined or redirected, and not closed before `from`")
            long openEpisodes,

            @Schema(description = "Sessions dated in the period (deleted ones left out), whatever the attendance")
            long sessions,

            long attended,
            long didNotAttend,
            long cancelledByFamily,
            long cancelledByService) {}
}
