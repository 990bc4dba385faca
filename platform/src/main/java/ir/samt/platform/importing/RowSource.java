package ir.samt.platform.importing;

import java.io.Closeable;
import java.io.IOException;

/** Reads an import file one record at a time; never more than one record in memory ({@link ImportLimits}). */
public interface RowSource extends Closeable {

    /** The next record, or null at the end of the file. */
    ImportRow next() throws IOException;
}
