package ir.samt.platform.importing;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of an import: counts, and every bad row with the field at fault (the first MAX_ERRORS). */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(example = "CSV") String format,
        @Schema(description = "Records read from the file", example = "45000") long rows,
        @Schema(description = "Records stored by this import, each with its events (units: one ir.samt.unit.registered; licences: their history)", example = "44990")
        long imported,
        @Schema(description = "Valid rows whose externalRef was already stored: left unchanged, no event", example = "0")
        long alreadyImported,
        @Schema(description = "Rows refused, by the checks or by the database; see errors", example = "10") long rejected,
        List<RowError> errors,
        @Schema(description = "True when more rows were refused than errors lists") boolean errorsTruncated,
        @Schema(example = "2310") long millis) {

    public static final int MAX_ERRORS = 5_000;

    /** One problem with one row; a row with several problems has several entries. */
    @Schema(name = "ImportRowError")
    public record RowError(@Schema(description = "1-based record number; the CSV header does not count", example = "17")
            long row, @Schema(example = "QOM-GUILD-000017") String externalRef,
            @Schema(example = "nationalId") String field,
            @Schema(example = "must be a valid national code (10 digits) or legal-entity national ID (11 digits) with correct check digit")
            String message) {
    }
}
