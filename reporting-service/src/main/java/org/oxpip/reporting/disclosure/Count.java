package org.oxpip.reporting.disclosure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published count: the number, or nothing when disclosure control suppressed it. */
@Schema(
        name = "Count",
        description = "A count of families, parents or episodes. Under disclosure control (funders)"
                + " `value` may be null with `suppressed` true, or rounded to the nearest 5 (nhs-england policy).")
public record Count(
        @Schema(description = "The count; null when suppressed", example = "26", nullable = true)
        Long value,

        @Schema(description = "Hidden by disclosure control", example = "false")
        boolean suppressed) {

    public static Count of(long value) {
        return new Count(value, false);
    }

    public static Count hidden() {
        return new Count(null, true);
    }
}
