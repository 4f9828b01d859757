package org.oxpip.platform.imports;

import jakarta.ws.rs.core.MediaType;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;

/**
 * An upload's parameters and file checked and read, the same way in every service that imports: the media
 * type (415), the sheet and commit parameters (400), an empty file, then the file itself ({@link SheetReader}).
 *
 * @param sheet the sheet as read, before any rule about its cells
 * @param commit true to import, false (the default) for a dry run
 */
public record ImportUpload(ImportSheet sheet, boolean commit) {

    /**
     * @param otherSheets what to tell a caller who names another sheet (which service imports it)
     */
    public static ImportUpload read(
            MediaType type, String sheet, String commit, byte[] file, ImportTemplate template, String otherSheets) {
        boolean xlsx = type != null && type.isCompatible(MediaType.valueOf(SheetReader.XLSX));
        if (!xlsx && (type == null || !type.isCompatible(MediaType.valueOf(SheetReader.CSV)))) {
            throw new ProblemException(Problem.of(
                    415,
                    "unsupported-media-type",
                    "Unsupported Media Type",
                    "Send one sheet as text/csv or a workbook as " + SheetReader.XLSX));
        }
        String name = sheet == null && xlsx ? template.sheet() : sheet;
        if (!template.sheet().equals(name)) {
            throw ProblemException.invalid("sheet", "must be " + template.sheet() + ": " + otherSheets);
        }
        if (commit != null && !commit.equals("true") && !commit.equals("false")) {
            throw ProblemException.invalid("commit", "must be true or false");
        }
        if (file == null || file.length == 0) {
            throw ImportFileProblems.unreadable("The file is empty");
        }
        ImportSheet rows = xlsx
                ? SheetReader.xlsx(name, file, template.columns(), template.key())
                : SheetReader.csv(name, file, template.columns(), template.key());
        return new ImportUpload(rows, "true".equals(commit));
    }
}
