package ir.samt.platform.testing.robustness;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What "nothing malformed is stored" means, checked on every record a service gives back after
 * accepting a write. Written here from the platform's text rule as documented, deliberately not by
 * calling the production code that applies it: a check that reuses the code under test cannot fail.
 *
 * <p>Stored text has no control characters (tab, CR and LF collapse into spaces), no unpaired
 * surrogates, none of the invisible formatting characters the rule removes (BOM, zero-width space,
 * direction marks, embeddings, overrides, isolates), no U+FFFD from bytes that were not UTF-8, is in
 * NFC, and is no longer than the API documents for a field of that name.
 */
final class StoredText {

    private StoredText() {
    }

    /** One malformed string: where it is, the text itself, and what is wrong with it. */
    record Problem(String path, String field, String value, String message) {
        @Override
        public String toString() {
            return path + ": " + message + " in \"" + Wire.printable(value, 80) + "\"";
        }
    }

    /** Every problem in the strings of {@code document}. */
    static List<Problem> problems(JsonNode document, Map<String, Integer> maxLengthByFieldName) {
        List<Problem> problems = new ArrayList<>();
        walk(document, "$", null, maxLengthByFieldName, problems);
        return problems;
    }

    private static void walk(JsonNode node, String path, String fieldName, Map<String, Integer> limits, List<Problem> problems) {
        if (node.isTextual()) {
            String problem = problemOf(node.textValue(), fieldName == null ? null : limits.get(fieldName));
            if (problem != null) {
                problems.add(new Problem(path, fieldName, node.textValue(), problem));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", fieldName, limits, problems);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> walk(f.getValue(), path + "." + f.getKey(), f.getKey(), limits, problems));
        }
    }

    static String problemOf(String text, Integer maxLength) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                return String.format("control character U+%04X", (int) c);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return String.format("unpaired surrogate U+%04X", (int) c);
            }
            if (isInvisibleFormatting(c)) {
                return String.format("invisible formatting U+%04X", (int) c);
            }
            if (c == '\uFFFD') {
                return "U+FFFD (bytes that were not UTF-8)";
            }
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return "not in NFC";
        }
        // JSON Schema's maxLength counts characters (code points), not UTF-16 units
        int length = text.codePointCount(0, text.length());
        if (maxLength != null && length > maxLength) {
            return length + " characters, documented maxLength " + maxLength;
        }
        return null;
    }

    private static boolean isInvisibleFormatting(char c) {
        return c == '\uFEFF' || c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\u061C'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
