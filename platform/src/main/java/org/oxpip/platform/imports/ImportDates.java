package org.oxpip.platform.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Dates as the import template takes them: {@code YYYY-MM-DD}, or the UK's {@code DD/MM/YYYY} (a day or
 * month may have one digit, as spreadsheets write them). Real dates only: 31/02/2023 is no date.
 */
public final class ImportDates {

    private static final DateTimeFormatter UK =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** The problem's message for a cell that is not a date. */
    public static final String NOT_A_DATE = "is not a date as YYYY-MM-DD or DD/MM/YYYY";

    private ImportDates() {}

    /** The date a non-empty cell holds, or empty when it is not one. */
    public static Optional<LocalDate> parse(String cell) {
        try {
            return Optional.of(cell.contains("/") ? LocalDate.parse(cell, UK) : LocalDate.parse(cell));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
