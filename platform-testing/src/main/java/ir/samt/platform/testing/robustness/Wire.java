package ir.samt.platform.testing.robustness;

import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * Turns generated values into bytes exactly as hostile clients do. Jackson and the JDK refuse to
 * write unpaired surrogates or raw number tokens such as {@code 1E400}; a real client is not so
 * polite, so this class writes them itself.
 */
final class Wire {

    private Wire() {
    }

    /** A JSON token written as is ({@code 1E400}, {@code NaN}): put it in a tree with {@link #raw}. */
    static JsonNode raw(String token) {
        return new POJONode(new RawValue(token));
    }

    /**
     * JSON text of {@code node}. With {@code escapeAll} every character outside printable ASCII is a
     * {@code \\uXXXX} escape (so an unpaired surrogate reaches the server's parser as an escape);
     * otherwise text is written raw and only JSON's mandatory escapes are used.
     */
    static String json(JsonNode node, boolean escapeAll) {
        StringBuilder out = new StringBuilder();
        write(node, escapeAll, out);
        return out.toString();
    }

    private static void write(JsonNode node, boolean escapeAll, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node instanceof POJONode pojo && pojo.getPojo() instanceof RawValue raw) {
            out.append(raw.rawValue());
        } else if (node.isTextual()) {
            string(node.textValue(), escapeAll, out);
        } else if (node.isNumber() || node.isBoolean()) {
            out.append(node.asText());
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), escapeAll, out);
            }
            out.append(']');
        } else if (node.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            boolean first = true;
            while (fields.hasNext()) {
                var field = fields.next();
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(field.getKey(), escapeAll, out);
                out.append(':');
                write(field.getValue(), escapeAll, out);
            }
            out.append('}');
        } else {
            out.append(node.toString());
        }
    }

    static void string(String s, boolean escapeAll, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || escapeAll && c > 0x7E) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /**
     * UTF-8, except that an unpaired surrogate is written as its own three bytes (as CESU-8 and
     * careless encoders do): bytes that are not valid UTF-8, which the server must refuse, not store.
     */
    static byte[] utf8Lenient(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(++i));
            }
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | cp >> 6);
                out.write(0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                out.write(0xF0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3F);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            }
        }
        return out.toByteArray();
    }

    /** Percent-encodes every byte outside RFC 3986's unreserved set (so NUL is %00, '/' is %2F). */
    static String percent(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : utf8Lenient(s)) {
            int v = b & 0xFF;
            if (v >= 'a' && v <= 'z' || v >= 'A' && v <= 'Z' || v >= '0' && v <= '9' || v == '-' || v == '.' || v == '_' || v == '~') {
                out.append((char) v);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(v >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(v & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** A printable rendering of {@code s} for reports: escapes, and long runs shortened. */
    static String printable(String s, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < max; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7F && c <= 0x9F || Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                    && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) || c == '\u202E' || c == '\uFEFF'
                    || c >= '\u200B' && c <= '\u200F' || c >= '\u2066' && c <= '\u2069' || c >= '\u202A' && c <= '\u202D') {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        if (out.length() >= max) {
            out.append("… (").append(s.length()).append(" chars)");
        }
        return out.toString();
    }
}
