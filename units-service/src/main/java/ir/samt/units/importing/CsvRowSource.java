package ir.samt.units.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ir.samt.platform.problem.ProblemException;

/**
 * RFC 4180 CSV: a header row naming the columns, comma separated, fields optionally in double quotes
 * (a quote inside doubled, line breaks allowed inside quotes), CRLF or LF line ends, an optional
 * UTF-8 byte-order mark. Column names match {@link ImportColumns} ignoring case.
 *
 * <p>Hand-written rather than a library because no CSV library bounds a record while still finding
 * where it ends: a record longer than {@link RowSource#MAX_RECORD_CHARS} is scanned to its end
 * (quotes still tracked, nothing kept) and reported, and the records after it are read normally. A
 * quote that is never closed makes the rest of the file one record, as RFC 4180 reads it; that is
 * reported at the record where the quote opened, never held in memory.
 */
final class CsvRowSource implements RowSource {

    private final CharScanner in;
    private final String[] columns;
    private long number;

    /** A record's fields, or why it cannot be used. */
    private record Record(List<String> fields, String problem) {
    }

    CsvRowSource(CharScanner in) throws IOException {
        this.in = in;
        if (in.peek() == '\uFEFF') {
            in.next();
        }
        Record header = readRecord();
        if (header == null) {
            throw ProblemException.invalid("file", "is empty; a CSV import starts with a header row naming the columns");
        }
        if (header.problem() != null) {
            throw ProblemException.invalid("header", header.problem());
        }
        Map<String, String> canonical = new HashMap<>();
        ImportColumns.ALL.forEach(c -> canonical.put(c.toLowerCase(Locale.ROOT), c));
        List<String> names = header.fields();
        columns = new String[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String name = canonical.get(names.get(i).strip().toLowerCase(Locale.ROOT));
            if (name == null) {
                throw ProblemException.invalid("header", "unknown column '" + names.get(i) + "'; columns are " + ImportColumns.ALL);
            }
            columns[i] = name;
        }
        List<String> missing = ImportColumns.REQUIRED.stream().filter(c -> !List.of(columns).contains(c)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("header", "missing required columns " + missing);
        }
    }

    @Override
    public ImportRow next() throws IOException {
        Record record = readRecord();
        if (record == null) {
            return null;
        }
        number++;
        if (record.problem() != null) {
            return ImportRow.unreadable(number, record.problem());
        }
        if (record.fields().size() != columns.length) {
            return ImportRow.unreadable(number, "has " + record.fields().size() + " fields; the header has " + columns.length);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i++) {
            String value = record.fields().get(i);
            fields.put(columns[i], value.isEmpty() ? null : value);
        }
        return ImportRow.of(number, fields);
    }

    /** One record, skipping blank lines; null at the end of the input. */
    private Record readRecord() throws IOException {
        while (true) {
            int c = in.next();
            if (c == CharScanner.END) {
                String encodingError = in.takeEncodingError();
                return encodingError == null ? null : new Record(List.of(), encodingError);
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean sawQuote = false;
            int size = 0;
            for (;; c = in.next()) {
                if (c == CharScanner.END) {
                    String encodingError = in.takeEncodingError();
                    if (encodingError != null) {
                        return new Record(List.of(), encodingError);
                    }
                    if (quoted) {
                        return new Record(List.of(), "opens a quoted field that is not closed before the end of the file, "
                                + "so the rest of the file was read as part of this record; nothing after it was imported");
                    }
                    break;
                }
                if (!quoted && (c == '\n' || c == '\r')) {
                    if (c == '\r' && in.peek() == '\n') {
                        in.next();
                    }
                    break;
                }
                if (++size > MAX_RECORD_CHARS) {
                    return new Record(List.of(), skipOversized(quoted, c));
                }
                if (quoted) {
                    if (c != '"') {
                        field.append((char) c);
                    } else if (in.peek() == '"') {
                        in.next();
                        size++; // the cap counts the record as sent
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else if (c == '"') {
                    quoted = true;
                    sawQuote = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append((char) c);
                }
            }
            fields.add(field.toString());
            if (fields.size() == 1 && !sawQuote && fields.get(0).isBlank()) {
                continue;
            }
            return new Record(fields, null);
        }
    }

    /**
     * Reads to the end of an oversized record (a line end outside quotes) from {@code c} on, tracking
     * quotes but keeping nothing.
     *
     * @return why the record is refused
     */
    private String skipOversized(boolean quoted, int c) throws IOException {
        for (;; c = in.next()) {
            if (c == CharScanner.END) {
                String encodingError = in.takeEncodingError();
                if (encodingError != null) {
                    return encodingError;
                }
                return quoted ? RowSource.tooLong() + "; a quoted field in it is not closed before the end of the file, "
                        + "so nothing after it was imported" : RowSource.tooLong();
            }
            if (c == '"') {
                // a doubled quote toggles twice: the state after it is right either way
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (c == '\r' && in.peek() == '\n') {
                    in.next();
                }
                return RowSource.tooLong();
            }
        }
    }
}
