package ir.samt.platform.importing;

/**
 * Told how far an import is while it runs ({@link ImportRun}): after every chunk handed to the writers,
 * and once at the end. {@link ImportJobs} keeps it where a caller can poll it.
 */
public interface ImportProgress {

    /** Nobody is watching: the import was sent without an Import-Id. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void advanced(long rowsRead, long stored, long refused) {
        }

        @Override
        public void finished(ImportReport report) {
        }

        @Override
        public void failed(String reason) {
        }
    };

    /** Rows read from the file, stored by the chunks written so far, and refused so far. */
    void advanced(long rowsRead, long stored, long refused);

    void finished(ImportReport report);

    /** The import stopped (database unavailable, a broken stream); what it stored so far stays. */
    void failed(String reason);
}
