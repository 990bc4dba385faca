package ir.samt.units.importing;

import java.util.Map;

/**
 * One record of an import file, as text fields by column name, or the reason it could not be read.
 *
 * @param number 1-based record number in the file (the CSV header does not count)
 */
record ImportRow(long number, Map<String, String> fields, String unreadable) {

    static ImportRow of(long number, Map<String, String> fields) {
        return new ImportRow(number, fields, null);
    }

    static ImportRow unreadable(long number, String reason) {
        return new ImportRow(number, Map.of(), reason);
    }
}
