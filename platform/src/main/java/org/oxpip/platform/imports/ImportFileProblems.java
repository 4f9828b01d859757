package org.oxpip.platform.imports;

import java.util.List;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;

/** 400 answers for a file that is not the template at all: nothing in them quotes the file. */
public final class ImportFileProblems {

    private ImportFileProblems() {}

    public static ProblemException unreadable(String detail) {
        return new ProblemException(Problem.of(400, "unreadable-import", "Unreadable import file", detail));
    }

    public static ProblemException formula(String sheet, int row, String column) {
        return new ProblemException(Problem.of(
                400,
                "import-formula",
                "Formulas are not imported",
                "Sheet " + sheet + ", row " + row + ", column " + column
                        + " holds a formula: save the sheet with values only (copy, paste values) and upload again"));
    }

    public static ProblemException columns(List<Problem.FieldError> errors) {
        return new ProblemException(new Problem(
                Problem.typeUri("import-columns"),
                "The header row is not the template's",
                400,
                errors.size() == 1 ? "1 column is wrong" : errors.size() + " columns are wrong",
                errors));
    }
}
