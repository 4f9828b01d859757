package org.oxpip.platform.imports;

/** A row a commit could not record after all: a rule refused it, or the database did. Rolls the commit back. */
public final class ImportRowFailed extends RuntimeException {

    private final int row;

    public ImportRowFailed(int row, RuntimeException cause) {
        super("Row " + row + " could not be recorded", cause, false, false);
        this.row = row;
    }

    public int row() {
        return row;
    }
}
