package ir.samt.units.importing;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Newline-delimited JSON: one object per line, field names as in {@link ImportColumns}. Each line is
 * parsed on its own, so a malformed line is a row error and the lines after it still import; a line
 * longer than {@link RowSource#MAX_RECORD_CHARS} is skipped to its end without being kept.
 * Blank lines are skipped; record numbers count the non-blank lines.
 */
final class NdjsonRowSource implements RowSource {

    private final CharScanner in;
    private final ObjectMapper mapper;
    private long number;

    /** A line's text, or why it cannot be used. */
    private record Line(String text, String problem) {
    }

    NdjsonRowSource(CharScanner in, ObjectMapper mapper) throws IOException {
        this.in = in;
        this.mapper = mapper;
        if (in.peek() == '\uFEFF') {
            in.next();
        }
    }

    @Override
    public ImportRow next() throws IOException {
        Line line = readLine();
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
            } else if (value.isValueNode()) {
                fields.put(field.getKey(), value.asText());
            } else {
                refused.put(field.getKey(), "must be a string or a number");
            }
        }
        return ImportRow.of(number, fields, refused);
    }

    /** The next non-blank line without its line end, or null at the end of the input. */
    private Line readLine() throws IOException {
        while (true) {
            int c = in.next();
            if (c == CharScanner.END) {
                String encodingError = in.takeEncodingError();
                return encodingError == null ? null : new Line(null, encodingError);
            }
            StringBuilder text = new StringBuilder();
            boolean tooLong = false;
            for (; c != '\n' && c != CharScanner.END; c = in.next()) {
                if (text.length() >= MAX_RECORD_CHARS) {
                    tooLong = true;
                    text = new StringBuilder();
                }
                if (!tooLong) {
                    text.append((char) c);
                }
            }
            String encodingError = c == CharScanner.END ? in.takeEncodingError() : null;
            if (encodingError != null) {
                return new Line(null, encodingError);
            }
            if (tooLong) {
                return new Line(null, RowSource.tooLong());
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
