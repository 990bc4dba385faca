package ir.samt.platform.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import ir.samt.platform.problem.ProblemException;

/**
 * RFC 4180 CSV, read by Jackson's CSV parser (jackson-dataformat-csv) one field at a time: a header
 * row naming the columns ({@link ImportColumns}, any order, case ignored), comma separated, fields
 * optionally in double quotes (a quote inside doubled, line breaks allowed inside quotes), CRLF or LF
 * line ends, an optional byte-order mark; blank lines are not records.
 *
 * <p>Bounded by {@link ImportLimits}. A field longer than the field cap stops the parser inside it
 * ({@link StreamReadConstraints#getMaxStringLength()}, checked as the field grows), so that field is
 * never held whole; since where the next record starts is then unknown, the record is the last one and
 * its error names the field. A record whose fields are each within the cap but together longer than the
 * record cap is skipped: its fields are read one by one and dropped, and the next record is read normally.
 * A quote that is never closed makes the rest of the file one field (RFC 4180): it ends the file at
 * the record where it opened, through the field cap if the rest is long and at the end of the file if not.
 * Text after a closing quote ({@code "a"b}) is not CSV either and ends the file the same way.
 */
public final class CsvRowSource implements RowSource {

    private final StrictTextReader text;
    private final ImportLimits limits;
    private final CsvParser parser;
    private final ImportColumns known;
    private final String[] columns;
    private long number;
    private boolean ended;

    /**
     * A record's fields (at most one more than the header has), how many it has, or why it cannot be
     * used and the field at fault ({@code row} for the whole record).
     */
    private record Record(List<String> fields, int count, String problem, String problemField) {
    }

    public CsvRowSource(StrictTextReader text, ImportLimits limits, ImportColumns known) throws IOException {
        this.text = text;
        this.known = known;
        this.limits = limits;
        this.parser = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(limits.maxFieldChars()).build())
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                .build()
                .createParser(text);
        Record header = readRecord(known.all().size() + 1, List.of());
        if (header == null) {
            throw ProblemException.invalid("file", "is empty; a CSV import starts with a header row naming the columns");
        }
        if (header.problem() != null) {
            throw ProblemException.invalid("header", header.problem());
        }
        Map<String, String> canonical = new HashMap<>();
        known.all().forEach(c -> canonical.put(c.toLowerCase(Locale.ROOT), c));
        List<String> names = header.fields();
        if (header.count() > known.all().size()) {
            throw ProblemException.invalid("header", "has " + header.count() + " columns; the columns are " + known.all());
        }
        columns = new String[header.count()];
        for (int i = 0; i < columns.length; i++) {
            // a byte-order mark reaches the parser as the first character of the first name
            String name = names.get(i);
            String column = canonical.get((i == 0 ? name.replaceFirst("^\uFEFF", "") : name).strip().toLowerCase(Locale.ROOT));
            if (column == null) {
                throw ProblemException.invalid("header", "unknown column '" + name + "'; columns are " + known.all());
            }
            columns[i] = column;
        }
        List<String> missing = known.required().stream().filter(c -> !List.of(columns).contains(c)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("header", "missing required columns " + missing);
        }
    }

    @Override
    public ImportRow next() throws IOException {
        if (ended) {
            return null;
        }
        Record record = readRecord(columns.length + 1, List.of(columns));
        if (record == null) {
            return null;
        }
        number++;
        if (record.problem() != null) {
            return ImportRow.unreadable(number, record.problemField(), record.problem());
        }
        if (record.count() != columns.length) {
            return ImportRow.unreadable(number, "has " + record.count() + " fields; the header has " + columns.length);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i++) {
            String value = record.fields().get(i);
            fields.put(columns[i], value.isEmpty() ? null : value);
        }
        return ImportRow.of(number, fields);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /**
     * The next record, keeping at most {@code keep} fields; null at the end of the file. A failure of
     * the parser or the text ends the file: the record it happened in is returned with the reason.
     *
     * @param names the columns, to name a field that is too long
     */
    private Record readRecord(int keep, List<String> names) throws IOException {
        List<String> fields = new ArrayList<>();
        int count = 0;
        try {
            if (parser.nextToken() == null) {
                return null;
            }
            long start = parser.currentLocation().getCharOffset();
            boolean tooLong = false;
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                count++;
                tooLong = tooLong || parser.currentLocation().getCharOffset() - start > limits.maxRecordChars();
                if (!tooLong && fields.size() < keep) {
                    fields.add(parser.getText());
                }
            }
            return tooLong ? new Record(List.of(), count, limits.recordTooLong(), "row") : new Record(fields, count, null, null);
        } catch (StreamConstraintsException e) {
            ended = true;
            String field = count < names.size() ? names.get(count) : "row";
            return new Record(List.of(), count, limits.csvFieldTooLong(), field);
        } catch (StrictTextReader.InvalidBytes e) {
            ended = true;
            return new Record(List.of(), count, e.getMessage(), "row");
        } catch (JsonProcessingException e) {
            ended = true;
            String problem = text.reachedEnd()
                    ? "opens a quoted field that is not closed before the end of the file, so the rest of the file was "
                            + "read as part of this record; nothing after it was imported"
                    : "is not CSV as RFC 4180 defines it (" + e.getOriginalMessage() + "); nothing after it was read";
            return new Record(List.of(), count, problem, "row");
        }
    }
}
