package org.oxpip.reporting.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published rate with the numerator and denominator it comes from (docs/design.md, the public contract). */
@Schema(
        name = "Rate",
        description = "numerator of denominator, as a percentage to one decimal place. When"
                + " suppressed, all three numbers are null. percent is null when the denominator is 0.")
public record Rate(
        @Schema(description = "How many met the definition", example = "17", nullable = true)
        Long numerator,

        @Schema(description = "How many it was measured over", example = "20", nullable = true)
        Long denominator,

        @Schema(
                description = "100 × numerator / denominator, rounded half up to one decimal place",
                example = "85.0",
                nullable = true)
        BigDecimal percent,

        @Schema(description = "Hidden by disclosure control", example = "false")
        boolean suppressed) {

    public static Rate of(long numerator, long denominator) {
        return new Rate(numerator, denominator, percent(numerator, denominator), false);
    }

    public static Rate hidden() {
        return new Rate(null, null, null, true);
    }

    static BigDecimal percent(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
