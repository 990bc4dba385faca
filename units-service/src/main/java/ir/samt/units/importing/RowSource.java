package ir.samt.units.importing;

import java.io.IOException;

/** Reads an import file one record at a time; never more than one record in memory. */
interface RowSource {

    /**
     * The longest record a source keeps, in characters (a unit's fields together take a few hundred).
     * A longer one is a row error and is skipped without being held, so a broken or hostile file cannot
     * fill the heap.
     */
    int MAX_RECORD_CHARS = 64 * 1024;

    /** The next record, or null at the end of the file. */
    ImportRow next() throws IOException;

    static String tooLong() {
        return String.format("is longer than %,d characters; it was skipped", MAX_RECORD_CHARS);
    }
}
