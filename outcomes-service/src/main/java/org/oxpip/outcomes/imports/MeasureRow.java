package org.oxpip.outcomes.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oxpip.outcomes.assessment.AssessmentRules;
import org.oxpip.outcomes.assessment.Respondent;
import org.oxpip.outcomes.assessment.Timepoint;
import org.oxpip.outcomes.instrument.Instrument;
import org.oxpip.outcomes.instrument.InstrumentCatalogue;
import org.oxpip.platform.imports.ImportDates;
import org.oxpip.platform.imports.ImportProblem;
import org.oxpip.platform.imports.ImportSheet;
import org.oxpip.platform.problem.Problem.FieldError;

/**
 * One row of the measures sheet read into what the API itself receives, and checked with the API's own
 * rules ({@link AssessmentRules#checkImported}: the catalogue's instrument, time point, respondent, a real
 * date not in the future, each item's range, or a total in the instrument's range). The referral is found
 * later, by externalRef. This class only reads cells and says which column a rule's complaint is about.
 */
final class MeasureRow {

    final int number;
    final String externalRef;
    final String instrument;
    final Timepoint timepoint;
    final Respondent respondent;
    final LocalDate completedOn;
    /** The item scores, or null for a totals-only measure. */
    final List<Number> answers;
    /** The total of a totals-only measure, or null. */
    final Integer total;

    final List<ImportProblem> problems = new ArrayList<>();
    /** What the row says, dates and numbers in one form: a re-import of the same content is recognised by it. */
    final String fingerprint;

    private final ImportSheet.Row row;
    private final Map<String, String> canonical = new LinkedHashMap<>();
    private final List<String> unreadable = new ArrayList<>();

    private MeasureRow(ImportSheet.Row row, InstrumentCatalogue catalogue, LocalDate today) {
        this.row = row;
        this.number = row.number();
        this.externalRef = text(MeasureColumns.EXTERNAL_REF);
        if (externalRef == null) {
            problem(MeasureColumns.EXTERNAL_REF, "required", "is required: the charity's own id for the family");
        }
        this.instrument = text(MeasureColumns.INSTRUMENT);
        String timepointCell = text(MeasureColumns.TIMEPOINT);
        String respondentCell = text(MeasureColumns.RESPONDENT);
        this.timepoint =
                timepointCell == null ? null : Timepoint.parse(timepointCell).orElse(null);
        this.respondent =
                respondentCell == null ? null : Respondent.parse(respondentCell).orElse(null);
        this.completedOn = date(MeasureColumns.COMPLETED_ON);
        this.answers = answers();
        this.total = total();
        if (!unreadable.contains(MeasureColumns.ANSWERS) && !unreadable.contains(MeasureColumns.TOTAL)) {
            Optional<Instrument> found = instrument == null ? Optional.empty() : catalogue.find(instrument);
            List<String> codes = catalogue.all().stream().map(Instrument::code).toList();
            for (FieldError error : AssessmentRules.checkImported(
                    instrument, found, codes, timepointCell, respondentCell, completedOn, answers, total, today)) {
                String column = MeasureColumns.ofField(error.field());
                if (column == null || !unreadable.contains(column)) {
                    problem(column, "invalid", error.message());
                }
            }
        }
        for (String column : MeasureColumns.ALL) {
            canonical.putIfAbsent(column, row.cell(column));
        }
        this.fingerprint = fingerprint(canonical);
    }

    static MeasureRow read(ImportSheet.Row row, InstrumentCatalogue catalogue, LocalDate today) {
        return new MeasureRow(row, catalogue, today);
    }

    /** The key a re-import is recognised by: the family and which measure it is. */
    MeasureKey key() {
        return new MeasureKey(
                externalRef,
                instrument,
                timepoint == null ? null : timepoint.name(),
                respondent == null ? null : respondent.name());
    }

    private List<Number> answers() {
        String cell = text(MeasureColumns.ANSWERS);
        if (cell == null) {
            return null;
        }
        List<Number> scores = new ArrayList<>();
        for (String part : cell.split(";", -1)) {
            try {
                scores.add(new BigDecimal(part.trim()));
            } catch (NumberFormatException e) {
                unreadable.add(MeasureColumns.ANSWERS);
                problem(
                        MeasureColumns.ANSWERS,
                        "invalid-number",
                        "must be the item scores as numbers separated by ; (one per item, in order)");
                return null;
            }
        }
        canonical.put(
                MeasureColumns.ANSWERS,
                String.join(
                        ";",
                        scores.stream()
                                .map(n -> ((BigDecimal) n).stripTrailingZeros().toPlainString())
                                .toList()));
        return scores;
    }

    private Integer total() {
        String cell = text(MeasureColumns.TOTAL);
        if (cell == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(cell);
            int whole = value.intValueExact();
            canonical.put(MeasureColumns.TOTAL, Integer.toString(whole));
            return whole;
        } catch (NumberFormatException | ArithmeticException e) {
            unreadable.add(MeasureColumns.TOTAL);
            problem(MeasureColumns.TOTAL, "invalid-number", "must be a whole number");
            return null;
        }
    }

    private LocalDate date(String column) {
        String cell = text(column);
        if (cell == null) {
            return null;
        }
        LocalDate date = ImportDates.parse(cell).orElse(null);
        if (date == null) {
            unreadable.add(column);
            problem(column, "invalid-date", ImportDates.NOT_A_DATE);
            return null;
        }
        canonical.put(column, date.toString());
        return date;
    }

    private String text(String column) {
        String cell = row.cell(column);
        return cell.isEmpty() ? null : cell;
    }

    void problem(String column, String code, String message) {
        problems.add(new ImportProblem(MeasureColumns.SHEET, number, column, code, message));
    }

    private static String fingerprint(Map<String, String> canonical) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String column : MeasureColumns.ALL) {
                digest.update(canonical.getOrDefault(column, "").getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1F);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
