package org.oxpip.platform.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something wrong with one cell or row of an import. It says where and why in our own words, and never
 * repeats what the cell held: the cells are families' personal data.
 */
@Schema(name = "ImportProblem")
public record ImportProblem(
        @Schema(example = "referrals") String sheet,

        @Schema(example = "7", description = "The row as the spreadsheet numbers it (the header is row 1)")
        int row,

        @Schema(example = "parent1NhsNumber", description = "The template's column name; absent for a whole row")
        String column,

        @Schema(example = "invalid") String code,

        @Schema(example = "is not a valid NHS number (10 digits with a correct check digit)")
        String message) {}
