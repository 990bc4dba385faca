package ir.samt.platform.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The refused rows of one import: each counted, the first {@link ImportReport#MAX_ERRORS} errors kept.
 * Rows refused by the database are reported after rows refused by validation that follow them in
 * the file, so the list is put back in row order for the report.
 */
public final class ImportErrors {

    private final List<ImportReport.RowError> kept = new ArrayList<>();
    private long rejectedRows;
    private long refusedByDatabase;
    private boolean truncated;

    /** One refused row with everything wrong with it. */
    public void reject(List<ImportReport.RowError> errors) {
        rejectedRows++;
        for (ImportReport.RowError error : errors) {
            if (kept.size() < ImportReport.MAX_ERRORS) {
                kept.add(error);
            } else {
                truncated = true;
            }
        }
    }

    /** A row that passed every check but that the database would not store. */
    public void refusedByDatabase(ImportReport.RowError error) {
        refusedByDatabase++;
        reject(List.of(error));
    }

    public long refusedByDatabase() {
        return refusedByDatabase;
    }

    public long rejectedRows() {
        return rejectedRows;
    }

    public boolean truncated() {
        return truncated;
    }

    /** Sorted by row, each row's errors in the order they were found. */
    public List<ImportReport.RowError> inRowOrder() {
        List<ImportReport.RowError> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparingLong(ImportReport.RowError::row));
        return sorted;
    }
}
