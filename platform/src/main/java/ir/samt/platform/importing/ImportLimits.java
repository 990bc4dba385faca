package ir.samt.platform.importing;

/**
 * How long a field and a record of an import file may be, in characters
 * ({@code samt.units.import.max-field-chars}, {@code samt.units.import.max-record-chars}). A unit's
 * longest value is a 200-character name and its whole row a few hundred characters: the caps are far
 * above any real row and keep a broken or hostile file (a quote that is never closed, one endless
 * line) from filling the heap, since no source ever holds more than one record.
 */
public record ImportLimits(int maxFieldChars, int maxRecordChars) {

    public ImportLimits {
        if (maxFieldChars < 1 || maxRecordChars < maxFieldChars) {
            throw new IllegalArgumentException("import limits need 1 <= max-field-chars <= max-record-chars, not "
                    + maxFieldChars + " and " + maxRecordChars);
        }
    }

    /** A record (CSV) or line (NDJSON) over the cap; the source skips it without keeping it and reads on. */
    String recordTooLong() {
        return String.format("is longer than %,d characters; it was skipped", maxRecordChars);
    }

    /** An NDJSON value over the cap: its line was read whole, so only this field is refused. */
    String valueTooLong() {
        return String.format("is longer than %,d characters", maxFieldChars);
    }

    /**
     * A CSV field over the cap: the CSV parser stops inside the field, so where the next record starts
     * is unknown and nothing after it is read.
     */
    String csvFieldTooLong() {
        return String.format("is longer than %,d characters, so nothing after it was read (a quote that is never "
                + "closed makes the rest of the file one field)", maxFieldChars);
    }
}
