package ir.samt.units.importing;

import java.io.IOException;
import java.io.BufferedReader;
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
 */
final class CsvRowSource implements RowSource {

    private final BufferedReader in;
    private final String[] columns;
    private long number;

    CsvRowSource(BufferedReader in) throws IOException {
        this.in = in;
        List<String> header = readRecord();
        if (header == null) {
            throw ProblemException.invalid("file", "is empty; a CSV import starts with a header row naming the columns");
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        Map<String, String> canonical = new HashMap<>();
        ImportColumns.ALL.forEach(c -> canonical.put(c.toLowerCase(Locale.ROOT), c));
        columns = new String[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String name = canonical.get(header.get(i).strip().toLowerCase(Locale.ROOT));
            if (name == null) {
                throw ProblemException.invalid("header", "unknown column '" + header.get(i) + "'; columns are " + ImportColumns.ALL);
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
        List<String> record;
        try {
            record = readRecord();
        } catch (UnclosedQuote e) {
            return ImportRow.unreadable(++number, "a quoted field is not closed before the end of the file");
        }
        if (record == null) {
            return null;
        }
        number++;
        if (record.size() != columns.length) {
            return ImportRow.unreadable(number, "has " + record.size() + " fields; the header has " + columns.length);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i++) {
            String value = record.get(i);
            fields.put(columns[i], value.isEmpty() ? null : value);
        }
        return ImportRow.of(number, fields);
    }

    /** One record, skipping blank lines; null at the end of the input. */
    private List<String> readRecord() throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                return null;
            }
        } while (line.isBlank());
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i >= line.length()) {
                if (!quoted) {
                    fields.add(field.toString());
                    return fields;
                }
                // a line break inside quotes belongs to the field
                String more = in.readLine();
                if (more == null) {
                    throw new UnclosedQuote();
                }
                field.append('\n');
                line = more;
                i = 0;
                continue;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i < line.length() && line.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
    }

    private static final class UnclosedQuote extends IOException {
        UnclosedQuote() {
            super("unclosed quote");
        }
    }
}
