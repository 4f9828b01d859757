package org.oxpip.platform.imports;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Collectors;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;

/**
 * An upload's parameters and file checked and read, the same way in every service that imports: the media
 * type (415), the sheet and commit parameters (400), an empty file, then the file itself ({@link SheetReader}).
 *
 * @param sheets the sheets as read, before any rule about their cells, in the order they import: one for a CSV
 *     file or a named sheet; for a workbook without a sheet parameter, each of the service's sheets it holds
 * @param commit true to import, false (the default) for a dry run
 */
public record ImportUpload(List<ImportSheet> sheets, boolean commit) {

    public ImportUpload {
        sheets = List.copyOf(sheets);
    }

    /** The first (for a one-sheet service, the only) sheet. */
    public ImportSheet sheet() {
        return sheets.get(0);
    }

    /**
     * @param otherSheets what to tell a caller who names another sheet (which service imports it)
     */
    public static ImportUpload read(
            MediaType type, String sheet, String commit, byte[] file, ImportTemplate template, String otherSheets) {
        return read(type, sheet, commit, file, List.of(template), otherSheets);
    }

    /**
     * A service that imports several sheets: a CSV file or a named sheet is one of them; a workbook uploaded
     * without {@code sheet} imports every one of them it holds (at least one), in the templates' order.
     */
    public static ImportUpload read(
            MediaType type,
            String sheet,
            String commit,
            byte[] file,
            List<ImportTemplate> templates,
            String otherSheets) {
        boolean xlsx = type != null && type.isCompatible(MediaType.valueOf(SheetReader.XLSX));
        if (!xlsx && (type == null || !type.isCompatible(MediaType.valueOf(SheetReader.CSV)))) {
            throw new ProblemException(Problem.of(
                    415,
                    "unsupported-media-type",
                    "Unsupported Media Type",
                    "Send one sheet as text/csv or a workbook as " + SheetReader.XLSX));
        }
        List<ImportTemplate> wanted = sheet == null && xlsx
                ? templates
                : templates.stream().filter(t -> t.sheet().equals(sheet)).toList();
        if (wanted.isEmpty()) {
            String names = templates.stream().map(ImportTemplate::sheet).collect(Collectors.joining(" or "));
            throw ProblemException.invalid("sheet", "must be " + names + ": " + otherSheets);
        }
        if (commit != null && !commit.equals("true") && !commit.equals("false")) {
            throw ProblemException.invalid("commit", "must be true or false");
        }
        if (file == null || file.length == 0) {
            throw ImportFileProblems.unreadable("The file is empty");
        }
        List<ImportSheet> rows = xlsx
                ? SheetReader.xlsx(file, wanted)
                : List.of(SheetReader.csv(
                        wanted.get(0).sheet(),
                        file,
                        wanted.get(0).columns(),
                        wanted.get(0).key()));
        return new ImportUpload(rows, "true".equals(commit));
    }
}
