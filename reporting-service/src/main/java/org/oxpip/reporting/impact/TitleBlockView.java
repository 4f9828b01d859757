package org.oxpip.reporting.impact;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A funding stream's title block as stored; its version is the ETag to send back in If-Match. */
@Schema(name = "ImpactTitleBlock", description = "A funding stream's impact report title block")
public record TitleBlockView(
        @Schema(example = "DIDCOT_POWERHOUSE") String fundingStream,

        @Schema(example = "Parent-Infant Psychotherapy in Didcot")
        String projectTitle,

        @Schema(example = "The Didcot Powerhouse Fund") String funderName,

        @Schema(example = "Weekly parent-infant psychotherapy for families with a baby under two.")
        String description,

        @Schema(example = "Didcot and the villages around it (OX11)")
        String area,

        @Schema(description = "When a manager last changed it", example = "2025-01-10T09:30:00Z")
        Instant updatedAt,

        @Schema(description = "Its version: the ETag, for If-Match", example = "0")
        int version) {

    static TitleBlockView of(TitleBlock block) {
        return new TitleBlockView(
                block.fundingStream,
                block.projectTitle,
                block.funderName,
                block.description,
                block.area,
                block.updatedAt,
                block.version);
    }
}
