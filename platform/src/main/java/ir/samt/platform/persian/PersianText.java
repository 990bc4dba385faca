package ir.samt.platform.persian;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Persian text clean-up for storage and for search keys.
 *
 * <p>Iranian systems receive the same word typed on Arabic and Persian keyboards, so the
 * letters yeh and kaf arrive in two encodings (ISIRI 6219 requires U+06CC and U+06A9).
 * {@link #normalize} fixes that for stored text; {@link #searchKey} goes further so that
 * names match regardless of digits, diacritics and ZWNJ/space usage.
 */
public final class PersianText {

    private static final char ZWNJ = '\u200C';

    /**
     * Runs of whitespace. {@code \s} alone is ASCII-only, so add the Unicode white space and the
     * no-break spaces (which {@code javaWhitespace} deliberately excludes). ZWNJ is not here: it
     * is part of the spelling (e.g. شهرک‌ها), not white space.
     */
    private static final Pattern WHITESPACE = Pattern.compile("[\\p{javaWhitespace}\\u00A0\\u2007\\u202F]+");

    /**
     * Zero-width joiners where they join nothing: at either end, next to white space, or repeated.
     * They would otherwise let a name that looks empty (only ZWNJ) or two names that look the same
     * ("قم" and "قم" + ZWNJ) be stored as different text.
     */
    private static final Pattern LOOSE_JOINERS = Pattern.compile(
            "^[\\u200C\\u200D ]+|[\\u200C\\u200D ]+$|(?<= )[\\u200C\\u200D]+|[\\u200C\\u200D]+(?= )");
    private static final Pattern REPEATED_ZWNJ = Pattern.compile("\\u200C{2,}");

    /** Arabic harakat, tanwin, shadda, sukun, hamza marks (U+064B–U+065F) and superscript alef (U+0670). */
    private static final Pattern DIACRITICS = Pattern.compile("[\\u064B-\\u065F\\u0670]");

    private PersianText() {
    }

    /**
     * Normalises text for storage: Arabic yeh/alef maksura become Persian yeh, Arabic kaf becomes
     * keheh, tatweel and invisible formatting characters (BOM, direction marks and overrides) are
     * removed, ZWNJ is kept inside words only, white space is trimmed and collapsed, result is NFC.
     * Text that is blank after this is blank: it holds nothing a reader could see.
     *
     * @return the normalised text, or {@code null} for {@code null}
     */
    public static String normalize(String s) {
        if (s == null) {
            return null;
        }
        // Most text arrives clean, and the full pass (two NFC passes, four regular expressions) was 40 % of a bulk
        // import's CPU (docs/measurements.md, issue 17); text it would not change is returned as it is.
        return isAlreadyNormal(s) ? s : normalizeFully(s);
    }

    /**
     * True when {@link #normalizeFully} would return the text unchanged: it is NFC, holds none of the characters the
     * pass maps or removes, no ZWJ, ZWNJ only between two other characters (not a space or joiner), and no white
     * space but single ASCII spaces between other characters. PersianTextTest holds the two paths equal over generated text.
     */
    static boolean isAlreadyNormal(String s) {
        int length = s.length();
        if (length > 0 && (s.charAt(0) == ' ' || s.charAt(length - 1) == ' ')) {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c == ZWNJ) {
                // kept where it joins two letters, which is all normalize leaves: so its own output takes this path
                char next = i + 1 < length ? s.charAt(i + 1) : ' ';
                if (previous == 0 || previous == ' ' || next == ' ' || next == ZWNJ || next == '\u200D') {
                    return false;
                }
            } else if (c == ' ' ? previous == ' ' : c > 0x7F && needsTheFullPass(c)) {
                return false;
            }
            if (c != ' ' && c < 0x20) {
                return false; // ASCII control characters, among them tab and newline (white space)
            }
            previous = c;
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    private static boolean needsTheFullPass(char c) {
        return switch (c) {
            case '\u064A', '\u0649', '\u0643', '\u0640', '\u200D',
                    '\uFEFF', '\u200B', '\u200E', '\u200F', '\u061C',
                    '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
                    '\u2066', '\u2067', '\u2068', '\u2069',
                    '\u00A0', '\u2007', '\u202F' -> true;
            default -> Character.isWhitespace(c) || Character.isSurrogate(c);
        };
    }

    /** The whole normalisation, whatever the text: {@link #normalize} without its shortcut for clean text. */
    static String normalizeFully(String s) {
        // NFC first so decomposed input (e.g. yeh + combining hamza) is composed before we map letters.
        String composed = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            switch (c) {
                case '\u064A', '\u0649' -> sb.append('\u06CC');
                case '\u0643' -> sb.append('\u06A9');
                case '\u0640' -> { } // tatweel is only a visual stretch
                // invisible formatting with no place in stored text: BOM/zero-width no-break space,
                // zero-width space, direction marks, embeddings, overrides and isolates
                case '\uFEFF', '\u200B', '\u200E', '\u200F', '\u061C',
                        '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
                        '\u2066', '\u2067', '\u2068', '\u2069' -> { }
                default -> sb.append(c);
            }
        }
        String collapsed = WHITESPACE.matcher(sb).replaceAll(" ").strip();
        String joined = REPEATED_ZWNJ.matcher(LOOSE_JOINERS.matcher(collapsed).replaceAll("")).replaceAll("\u200C");
        collapsed = WHITESPACE.matcher(joined).replaceAll(" ").strip();
        // Removing tatweel may bring a letter next to a combining mark, so normalise again.
        return Normalizer.normalize(collapsed, Normalizer.Form.NFC);
    }

    /**
     * Replaces Persian (U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits with ASCII digits;
     * all other characters are unchanged.
     *
     * @return the converted text, or {@code null} for {@code null}
     */
    public static String toAsciiDigits(String s) {
        if (s == null) {
            return null;
        }
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\u06F0' && c <= '\u06F9') {
                chars[i] = (char) ('0' + (c - '\u06F0'));
            } else if (c >= '\u0660' && c <= '\u0669') {
                chars[i] = (char) ('0' + (c - '\u0660'));
            }
        }
        return new String(chars);
    }

    /** Replaces ASCII digits with Persian ones (U+06F0–U+06F9), for display; all other characters are unchanged. */
    public static String toPersianDigits(String ascii) {
        char[] chars = ascii.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                chars[i] = (char) ('\u06F0' + (c - '0'));
            }
        }
        return new String(chars);
    }

    /**
     * A key for matching names, never for display: {@link #normalize}, ASCII digits, no diacritics,
     * no ZWNJ and no white space at all, lower case. "شهرک‌ها", "شهرکها" and "شهرك ها" share a key.
     *
     * @return the key, or {@code null} for {@code null}
     */
    public static String searchKey(String s) {
        if (s == null) {
            return null;
        }
        String key = toAsciiDigits(normalize(s));
        key = DIACRITICS.matcher(key).replaceAll("");
        // People write compound words with ZWNJ, a space, or nothing; drop all three.
        key = WHITESPACE.matcher(key).replaceAll("").replace(String.valueOf(ZWNJ), "");
        return key.toLowerCase(Locale.ROOT);
    }
}
