package org.oxpip.platform.imports;

/** A row a commit could not record after all: a rule refused it, or the database did. Rolls the commit back. */
public final class ImportRowFailed extends RuntimeException {

    private final String sheet;
    private final int row;

    public ImportRowFailed(int row, RuntimeException cause) {
        this(null, row, cause);
    }

    /** A row of one of several sheets of the upload: the report names that sheet. */
    public ImportRowFailed(String sheet, int row, RuntimeException cause) {
        super("Row " + row + " could not be recorded", cause, false, false);
        this.sheet = sheet;
        this.row = row;
    }

    /** The sheet, when the upload had several; else null (the run's one sheet). */
    public String sheet() {
        return sheet;
    }

    public int row() {
        return row;
    }
}
