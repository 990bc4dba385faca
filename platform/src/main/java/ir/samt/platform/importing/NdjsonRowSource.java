package ir.samt.platform.importing;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Newline-delimited JSON: one object per line, field names as in {@link ImportColumns}. Each line is
 * parsed on its own, so a malformed line is a row error and the lines after it still import; a line
 * longer than the record cap ({@link ImportLimits}) is skipped to its end without being kept, and a
 * value longer than the field cap is an error for that field. Blank lines are skipped; record numbers
 * count the non-blank lines.
 *
 * <p>Lines are split here, one character at a time, rather than by {@code BufferedReader.readLine}, which
 * holds a whole line however long it is; JSON parsers read a stream of values but cannot carry on after a
 * malformed one, which a line-by-line import must.
 */
public final class NdjsonRowSource implements RowSource {

    private final StrictTextReader in;
    private final ObjectMapper mapper;
    private final ImportLimits limits;
    private long number;
    private boolean started;
    private boolean ended;

    /** A line's text, or why it cannot be used. */
    private record Line(String text, String problem) {
    }

    public NdjsonRowSource(StrictTextReader in, ObjectMapper mapper, ImportLimits limits) {
        this.in = in;
        this.mapper = mapper;
        this.limits = limits;
    }

    @Override
    public ImportRow next() throws IOException {
        Line line = ended ? null : readLine();
        if (line == null) {
            return null;
        }
        number++;
        if (line.problem() != null) {
            return ImportRow.unreadable(number, line.problem());
        }
        JsonNode node;
        try {
            node = mapper.readTree(line.text());
        } catch (JsonProcessingException e) {
            return ImportRow.unreadable(number, "is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return ImportRow.unreadable(number, "is not a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> refused = new LinkedHashMap<>();
        for (var it = node.fields(); it.hasNext();) {
            var field = it.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                fields.put(field.getKey(), null);
            } else if (value.isValueNode() && value.asText().length() > limits.maxFieldChars()) {
                refused.put(field.getKey(), limits.valueTooLong());
            } else if (value.isValueNode()) {
                fields.put(field.getKey(), value.asText());
            } else {
                refused.put(field.getKey(), "must be a string or a number");
            }
        }
        return ImportRow.of(number, fields, refused);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * The next non-blank line without its line end (a leading byte-order mark dropped), or null at the
     * end of the input. Bytes that are not text end the input: the line holding them reports it.
     */
    private Line readLine() throws IOException {
        while (true) {
            StringBuilder text = new StringBuilder();
            boolean tooLong = false;
            int c;
            try {
                c = in.read();
                if (c == -1) {
                    return null;
                }
                if (!started && c == '\uFEFF') {
                    c = in.read();
                }
                started = true;
                for (; c != '\n' && c != -1; c = in.read()) {
                    if (text.length() >= limits.maxRecordChars()) {
                        tooLong = true;
                        text.setLength(0);
                    }
                    if (!tooLong) {
                        text.append((char) c);
                    }
                }
            } catch (StrictTextReader.InvalidBytes e) {
                ended = true;
                return new Line(null, e.getMessage());
            }
            if (tooLong) {
                return new Line(null, limits.recordTooLong());
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) == '\r') {
                text.setLength(text.length() - 1);
            }
            if (!text.toString().isBlank()) {
                return new Line(text.toString(), null);
            }
        }
    }
}
