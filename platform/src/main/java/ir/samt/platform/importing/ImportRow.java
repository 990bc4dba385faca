package ir.samt.platform.importing;

import java.util.Map;

/**
 * One record of an import file, as text fields by column name, or the reason it could not be read.
 *
 * @param number 1-based record number in the file (the CSV header does not count)
 * @param refusedFields fields the source could not read as text (an NDJSON object or array), with the reason
 * @param unreadable why the record could not be read, or null
 * @param unreadableField the column {@code unreadable} is about, or {@code row} for the whole record
 */
public record ImportRow(long number, Map<String, String> fields, Map<String, String> refusedFields, String unreadable,
        String unreadableField) {

    public static ImportRow of(long number, Map<String, String> fields, Map<String, String> refusedFields) {
        return new ImportRow(number, fields, refusedFields, null, null);
    }

    public static ImportRow of(long number, Map<String, String> fields) {
        return of(number, fields, Map.of());
    }

    public static ImportRow unreadable(long number, String reason) {
        return unreadable(number, "row", reason);
    }

    public static ImportRow unreadable(long number, String field, String reason) {
        return new ImportRow(number, Map.of(), Map.of(), reason, field);
    }
}
