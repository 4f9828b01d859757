package org.oxpip.outcomes.outcome;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.outcomes.assessment.Respondent;

/** A parent's Friends and Family Test answer: satisfaction has no total to pair, only a band. */
@Schema(name = "SatisfactionPoint")
public record SatisfactionPoint(
        @Schema(example = "9b2d3c4e-1f60-4a7b-8c9d-0e1f2a3b4c5d")
        UUID assessmentId,

        @Schema(example = "PARENT_1") Respondent respondent,
        @Schema(example = "2025-03-01") LocalDate completedOn,

        @Schema(example = "positive", description = "positive, neutral, negative or don't know")
        String band) {}
