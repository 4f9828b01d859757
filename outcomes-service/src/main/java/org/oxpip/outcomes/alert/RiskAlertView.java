package org.oxpip.outcomes.alert;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A risk alert as clinicians and managers see it. */
@Schema(name = "RiskAlert")
public record RiskAlertView(
        @Schema(example = "5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f")
        UUID id,

        @Schema(example = "9b2d3c4e-1f60-4a7b-8c9d-0e1f2a3b4c5d")
        UUID assessmentId,

        @Schema(example = "3f6c1a52-8d0e-4b7a-9a51-2f1f0b6f8c11")
        UUID referralId,

        @Schema(example = "PHQ9") String instrument,
        @Schema(example = "PARENT_1") String respondent,

        @Schema(description = "The risk items answered above 0", example = "[9]")
        List<Integer> riskItems,

        @Schema(example = "OPEN") AlertStatus status,
        @Schema(example = "2024-12-10T14:03:00Z") Instant raisedAt,
        @Schema(nullable = true, example = "clinician") String acknowledgedBy,

        @Schema(nullable = true, example = "2024-12-10T15:20:00Z")
        Instant acknowledgedAt,

        @Schema(
                nullable = true,
                description = "Null until acknowledged, and once the referral is erased",
                example = "Called the parent; safety plan agreed with the GP")
        String note) {

    static RiskAlertView of(RiskAlert a) {
        return new RiskAlertView(
                a.id,
                a.assessmentId,
                a.referralId,
                a.instrument,
                a.respondent,
                Arrays.stream(a.riskItems).boxed().toList(),
                a.status,
                a.raisedAt,
                a.acknowledgedBy,
                a.acknowledgedAt,
                a.note);
    }
}
