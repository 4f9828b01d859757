package org.oxpip.reporting.report;

import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.oxpip.platform.problem.Problem.FieldError;
import org.oxpip.platform.problem.ProblemException;

/** Reads a report's query parameters, naming every bad one at once (400). */
public final class ReportParameters {

    public static final Pattern FUNDING_STREAM = Pattern.compile("[A-Z0-9_]{1,64}");
    static final Pattern AREA = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    static final int MOST_INTERVALS = 100;

    private ReportParameters() {}

    public static ReportQuery query(String from, String to, String fundingStream, String area) {
        List<FieldError> errors = new ArrayList<>();
        ReportQuery query = read(from, to, fundingStream, area, errors);
        fail(errors);
        return query;
    }

    public static Intervals.Kind interval(String interval, ReportQuery query) {
        List<FieldError> errors = new ArrayList<>();
        Intervals.Kind kind = null;
        if (interval == null || interval.isBlank()) {
            errors.add(new FieldError("interval", "is required (quarter or year)"));
        } else {
            try {
                kind = Intervals.Kind.valueOf(interval.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("interval", "must be quarter or year"));
            }
        }
        if (kind != null && Intervals.count(query.from(), query.to(), kind) > MOST_INTERVALS) {
            errors.add(new FieldError(
                    "interval", "gives more than " + MOST_INTERVALS + " intervals: choose a shorter period"));
        }
        fail(errors);
        return kind;
    }

    /**
     * The media type {@code format=csv} or {@code format=json} asks for, an alias that wins over the
     * Accept header (for a link a browser follows); null when absent, and the Accept header decides.
     */
    public static MediaType format(String format) {
        if (format == null || format.isBlank()) {
            return null;
        }
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> MediaType.valueOf(SummaryCsv.MEDIA_TYPE);
            case "json" -> MediaType.APPLICATION_JSON_TYPE;
            default -> throw ProblemException.invalid("format", "must be csv or json");
        };
    }

    private static ReportQuery read(
            String from, String to, String fundingStream, String area, List<FieldError> errors) {
        LocalDate first = date("from", from, errors);
        LocalDate last = date("to", to, errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        String stream = blankToNull(fundingStream);
        if (stream != null && !FUNDING_STREAM.matcher(stream).matches()) {
            errors.add(new FieldError("fundingStream", "must be upper-case letters, digits and _"));
        }
        String district = blankToNull(area) == null ? null : area.trim().toUpperCase(Locale.ROOT);
        if (district != null && !AREA.matcher(district).matches()) {
            errors.add(new FieldError("area", "must be a postcode district, e.g. OX11"));
        }
        return new ReportQuery(first, last, stream, district);
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required (a date YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date YYYY-MM-DD"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
