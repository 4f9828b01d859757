package org.oxpip.outcomes.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessment as the API shows it. */
@Schema(name = "Assessment")
public record AssessmentView(
        UUID id,
        UUID referralId,
        @Schema(example = "PHQ9") String instrument,
        @Schema(example = "BASELINE") String timepoint,
        @Schema(example = "PARENT_1") String respondent,
        LocalDate completedOn,
        int[] answers,
        @Schema(example = "10") Integer total,
        @Schema(example = "moderate") String band,
        boolean riskFlag,
        String recordedBy,
        Instant createdAt,
        int version) {

    static AssessmentView of(Assessment a) {
        return new AssessmentView(a.id, a.referralId, a.instrument, a.timepoint, a.respondent, a.completedOn,
                a.answers, a.total, a.band, a.riskFlag, a.recordedBy, a.createdAt, a.version);
    }
}
