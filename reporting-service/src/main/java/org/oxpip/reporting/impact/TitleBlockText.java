package org.oxpip.reporting.impact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a manager writes for a funding stream's title block (PUT); the same limits as the table's. */
@Schema(
        name = "ImpactTitleBlockText",
        description = "The words at the top of a funding stream's impact report. About the grant and the work, never"
                + " about a family: text that looks like an e-mail address, a phone or NHS number or a full postcode"
                + " is refused.")
public record TitleBlockText(
        @Schema(description = "The project's title", example = "Parent-Infant Psychotherapy in Didcot", maxLength = 120)
        @NotBlank
        @Size(max = 120)
        String projectTitle,

        @Schema(
                description = "Who funds it, as the funder names itself",
                example = "The Didcot Powerhouse Fund",
                maxLength = 120)
        @NotBlank
        @Size(max = 120)
        String funderName,

        @Schema(
                description = "A short description of the work, one paragraph (may be empty)",
                example = "Weekly parent-infant psychotherapy for families with a baby under two whose relationship"
                        + " is under strain.",
                maxLength = 600)
        @NotNull
        @Size(max = 600)
        String description,

        @Schema(
                description = "The area served, in words",
                example = "Didcot and the villages around it (OX11)",
                maxLength = 120)
        @NotBlank
        @Size(max = 120)
        String area) {}
