package org.oxpip.platform.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oxpip.platform.problem.Problem.FieldError;

/**
 * Reads an uploaded file into a sheet of text cells with well-kept libraries: Apache Commons CSV for a
 * UTF-8 CSV file, Apache POI for an .xlsx workbook. A file that is not one of those, a zip bomb, a formula
 * where a value should be, or a header that is not the template's is refused whole (400); rules about the
 * cells come later, row by row.
 */
public final class SheetReader {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static {
        // POI's own defences against zip bombs, made explicit: an entry that inflates more than 100 times
        // its compressed size, or beyond 64 MB, or text beyond 10 M characters, is refused while reading.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    }

    private SheetReader() {}

    /** One sheet as UTF-8 CSV; the header must name template columns only, each once, and the key column. */
    public static ImportSheet csv(String sheet, byte[] file, List<String> template, String key) {
        String text = utf8(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // Excel writes a byte-order mark before "UTF-8 CSV"
        }
        List<CSVRecord> records;
        try (Reader reader = new StringReader(text);
                CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ImportFileProblems.unreadable(
                    "The file is not a readable CSV file (for example, a quote is never closed)");
        }
        if (records.isEmpty()) {
            throw ImportFileProblems.unreadable("The file is empty: the first row must name the columns");
        }
        List<String> columns = header(records.get(0).toList(), template, key);
        List<ImportSheet.Row> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            int number = (int) record.getRecordNumber();
            if (record.size() != columns.size()) {
                rows.add(new ImportSheet.Row(number, null));
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.put(columns.get(i), record.get(i));
            }
            rows.add(new ImportSheet.Row(number, cells));
        }
        return new ImportSheet(sheet, columns, rows);
    }

    /** The named sheet of an .xlsx workbook, read as {@link #csv} reads a CSV file. */
    public static ImportSheet xlsx(String sheetName, byte[] file, List<String> template, String key) {
        return xlsx(file, List.of(new ImportTemplate(sheetName, template, key))).get(0);
    }

    /**
     * The templates' sheets of one .xlsx workbook, in the templates' order, each read as {@link #csv} reads a
     * CSV file. Of one template, the workbook must have its sheet; of several, at least one of them (a sheet it
     * does not have is left out).
     */
    public static List<ImportSheet> xlsx(byte[] file, List<ImportTemplate> templates) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<ImportSheet> sheets = new ArrayList<>();
            for (ImportTemplate template : templates) {
                Sheet sheet = workbook.getSheet(template.sheet());
                if (sheet != null) {
                    sheets.add(sheet(sheet, template.sheet(), template.columns(), template.key()));
                }
            }
            if (sheets.isEmpty()) {
                throw ImportFileProblems.unreadable("The workbook has no sheet named "
                        + String.join(
                                " or ",
                                templates.stream().map(ImportTemplate::sheet).toList()));
            }
            return sheets;
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.oxpip.platform.problem.ProblemException problem) {
                throw problem;
            }
            // POI says "not a zip", "zip bomb detected", "not an OOXML file" in words that may quote the file.
            throw ImportFileProblems.unreadable(
                    "The file is not an .xlsx workbook that can be read safely (not a workbook, damaged, or "
                            + "inflating far beyond its size)");
        }
    }

    private static ImportSheet sheet(Sheet sheet, String sheetName, List<String> template, String key) {
        int first = sheet.getFirstRowNum();
        if (first < 0 || sheet.getRow(first) == null) {
            throw ImportFileProblems.unreadable("The sheet is empty: the first row must name the columns");
        }
        org.apache.poi.ss.usermodel.Row head = sheet.getRow(first);
        List<String> names = new ArrayList<>();
        for (int c = 0; c < head.getLastCellNum(); c++) {
            names.add(text(sheetName, head.getCell(c)));
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isBlank()) {
            names.remove(names.size() - 1);
        }
        List<String> columns = header(names, template, key);
        List<ImportSheet.Row> rows = new ArrayList<>();
        for (int r = first + 1; r <= sheet.getLastRowNum(); r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            if (row.getLastCellNum() > columns.size() && beyond(sheetName, row, columns.size())) {
                rows.add(new ImportSheet.Row(r + 1, null));
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.put(columns.get(c), text(sheetName, row.getCell(c)));
            }
            rows.add(new ImportSheet.Row(r + 1, cells));
        }
        return new ImportSheet(sheetName, columns, rows);
    }

    /** Values past the header's last column: a row may not carry cells the header does not name. */
    private static boolean beyond(String sheet, org.apache.poi.ss.usermodel.Row row, int width) {
        for (int c = width; c < row.getLastCellNum(); c++) {
            if (!text(sheet, row.getCell(c)).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A cell as the template's text: dates as YYYY-MM-DD, whole numbers without ".0", no formulas. */
    private static String text(String sheet, Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            throw ImportFileProblems.formula(
                    sheet, cell.getRowIndex() + 1, CellReference.convertNumToColString(cell.getColumnIndex()));
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            default -> "";
        };
    }

    /** The header must name template columns only, each once, and must include the key column. */
    private static List<String> header(List<String> given, List<String> template, String key) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String name = given.get(i).trim();
            String where = "column " + CellReference.convertNumToColString(i);
            if (!template.contains(name)) {
                // The header's text is not repeated: it could be anything a spreadsheet held.
                errors.add(new FieldError(
                        where, "is not a column of this sheet (names are exact, see docs/import/README.md)"));
            } else if (!seen.add(name)) {
                errors.add(new FieldError(where, "repeats an earlier column"));
            }
            columns.add(name);
        }
        if (!seen.contains(key)) {
            errors.add(new FieldError(key, "is a required column"));
        }
        if (!errors.isEmpty()) {
            throw ImportFileProblems.columns(errors);
        }
        return columns;
    }

    private static String utf8(byte[] file) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ImportFileProblems.unreadable("The file is not UTF-8 text: save it as \"CSV UTF-8\"");
        }
    }
}
