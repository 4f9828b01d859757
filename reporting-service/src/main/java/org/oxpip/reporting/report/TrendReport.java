package org.oxpip.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.reporting.disclosure.Count;
import org.oxpip.reporting.disclosure.Rate;

/** The headline figures interval by interval, e.g. 2022, 2023 and 2024 side by side. */
@Schema(
        name = "TrendReport",
        description = "The two headline figures per calendar quarter or year, over the episodes"
                + " closed in each interval, and the sessions attended and missed in each, defined exactly as in the"
                + " summary report")
public record TrendReport(
        @Schema(description = "First day of the period (included)", example = "2023-01-01")
        LocalDate from,

        @Schema(description = "Last day of the period (included)", example = "2024-12-31")
        LocalDate to,

        @Schema(
                description = "quarter or year",
                enumeration = {"quarter", "year"},
                example = "year")
        String interval,

        @Schema(
                description = "The funding stream asked for; null: none asked for",
                nullable = true,
                example = "DIDCOT_POWERHOUSE")
        String fundingStream,

        @Schema(
                description = "The funding streams counted: the one asked for, or for a funder who asked for none"
                        + " its own (claim funding_streams); null: every stream (managers)",
                nullable = true)
        List<String> fundingStreams,

        @Schema(description = "The area reported on; null: all", nullable = true, example = "OX11")
        String area,

        @Schema(
                description = "The older of the two feeds' last successful syncs",
                nullable = true,
                example = "2025-03-01T09:30:00Z")
        Instant dataAsOf,

        @Schema(
                description = "The disclosure control applied",
                enumeration = {"none", "default", "nhs-england"},
                example = "none")
        String disclosure,

        @Schema(
                description = "One entry per interval, in order. Under the default disclosure policy an interval may be"
                        + " hidden although its own figures would be shown: it keeps another hidden one from being"
                        + " the period minus the others")
        List<TrendPoint> intervals) {

    @Schema(name = "TrendPoint", description = "The headline figures of one interval")
    public record TrendPoint(
            @Schema(description = "The calendar year, or year and quarter", example = "2024")
            String label,

            @Schema(
                    description = "First day (the period's own first day for the first interval)",
                    example = "2024-01-01")
            LocalDate from,

            @Schema(description = "Last day (the period's own last day for the last interval)", example = "2024-12-31")
            LocalDate to,

            @Schema(description = "Families whose PIRGAS improved")
            Rate pirgasFamiliesImproved,

            @Schema(description = "Parents with improved mental health by PHQ-9 and/or GAD-7")
            Rate parentsMentalHealthImproved,

            @Schema(
                    description = "Sessions dated in the interval that the family attended (the intervals add up to"
                            + " the summary's delivered.sessionsAttended)")
            Count sessionsAttended,

            @Schema(
                    description = "Did not attend in the interval, as the summary's delivered.didNotAttend; hidden"
                            + " wherever the interval's sessionsAttended is")
            Rate didNotAttend) {}
}
