package org.oxpip.referrals.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.imports.ImportSheet;
import org.oxpip.platform.imports.ImportTemplate;
import org.oxpip.platform.imports.SheetReader;

/**
 * docs/import/history-example.xlsx is the three example CSV files as one workbook, as the charity would keep them:
 * sheets referrals, sessions and measures, text cells but the YYYY-MM-DD dates as real date cells. This test
 * checks the committed workbook holds exactly the CSV files' rows (read by the import's own reader), and rebuilds
 * it with Apache POI when run with {@code -Doxpip.examples.write=true} (after a CSV file changed).
 */
class ExampleWorkbookTest {

    private static final Path DOCS = Path.of("..", "docs", "import");
    private static final Path WORKBOOK = DOCS.resolve("history-example.xlsx");
    private static final List<String> SHEETS = List.of("referrals", "sessions", "measures");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Test
    void theExampleWorkbookShouldHoldExactlyTheExampleCsvFiles() throws IOException {
        List<ImportSheet> csvs = new ArrayList<>();
        for (String sheet : SHEETS) {
            csvs.add(csv(sheet));
        }
        if (Boolean.getBoolean("oxpip.examples.write")) {
            Files.write(WORKBOOK, workbook(csvs));
        }
        List<ImportTemplate> templates = csvs.stream()
                .map(sheet -> new ImportTemplate(sheet.name(), sheet.columns(), "externalRef"))
                .toList();
        List<ImportSheet> read = SheetReader.xlsx(Files.readAllBytes(WORKBOOK), templates);
        assertEquals(SHEETS, read.stream().map(ImportSheet::name).toList());
        for (int s = 0; s < SHEETS.size(); s++) {
            assertEquals(csvs.get(s).columns(), read.get(s).columns(), SHEETS.get(s));
            assertEquals(csvs.get(s).rows(), read.get(s).rows(), SHEETS.get(s));
        }
    }

    private static ImportSheet csv(String sheet) throws IOException {
        byte[] file = Files.readAllBytes(DOCS.resolve(sheet + "-example.csv"));
        List<String> header = List.of(new String(file, StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElseThrow()
                .split(","));
        return SheetReader.csv(sheet, file, header, "externalRef");
    }

    private static byte[] workbook(List<ImportSheet> sheets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (ImportSheet sheet : sheets) {
                Sheet created = workbook.createSheet(sheet.name());
                Row header = created.createRow(0);
                for (int c = 0; c < sheet.columns().size(); c++) {
                    header.createCell(c).setCellValue(sheet.columns().get(c));
                }
                for (ImportSheet.Row row : sheet.rows()) {
                    Row written = created.createRow(row.number() - 1);
                    for (int c = 0; c < sheet.columns().size(); c++) {
                        String value = row.cells().get(sheet.columns().get(c));
                        if (value.isEmpty()) {
                            continue;
                        }
                        Cell cell = written.createCell(c);
                        if (ISO_DATE.matcher(value).matches()) {
                            cell.setCellValue(LocalDate.parse(value));
                            cell.setCellStyle(date);
                        } else {
                            cell.setCellValue(value);
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
