package org.oxpip.reporting.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One figure of the summary report: what it counts, over what, and where its facts and rules come from. */
@Schema(name = "FigureDefinition", description = "The methodology of one figure, as the code counts it")
public record FigureDefinition(
        @Schema(
                description = "The figure, by its path in this report",
                example = "outcomes.parentsMentalHealth.recovery")
        String figure,

        @Schema(
                description = "What it counts",
                example =
                        "At caseness at baseline on either measure (PHQ-9 10 or more, GAD-7 8 or more) and at caseness"
                                + " at final on neither")
        String definition,

        @Schema(
                description = "What it is counted over: a rate's denominator, or a count's population",
                example = "outcomes.parentsMentalHealth.atCasenessAtBaseline")
        String denominator,

        @Schema(
                description = "Where the facts and the rules come from",
                example = "outcomes-service: its assessments (change feed) and its instrument catalogue's rules")
        String source) {}
