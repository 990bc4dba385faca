package ir.samt.units.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Newline-delimited JSON: one object per line, field names as in {@link ImportColumns}. Each line is
 * parsed on its own, so a malformed line is a row error and the lines after it still import.
 * Blank lines are skipped; record numbers count the non-blank lines.
 */
final class NdjsonRowSource implements RowSource {

    private final BufferedReader in;
    private final ObjectMapper mapper;
    private long number;

    NdjsonRowSource(BufferedReader in, ObjectMapper mapper) {
        this.in = in;
        this.mapper = mapper;
    }

    @Override
    public ImportRow next() throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                return null;
            }
        } while (line.isBlank());
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return ImportRow.unreadable(number, "is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return ImportRow.unreadable(number, "is not a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (var it = node.fields(); it.hasNext();) {
            var field = it.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                fields.put(field.getKey(), null);
            } else if (value.isValueNode()) {
                fields.put(field.getKey(), value.asText());
            } else {
                fields.put(field.getKey(), "\u0000" + value.getNodeType());
            }
        }
        return ImportRow.of(number, fields);
    }
}
