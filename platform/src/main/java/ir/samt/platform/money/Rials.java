package ir.samt.platform.money;

import ir.samt.platform.persian.PersianText;
import java.math.BigDecimal;

/**
 * Rial amounts. The rial (IRR) is the legal unit and what we store, as a {@code long}; people
 * speak in tomans (1 toman = 10 rials), so display is in tomans. IRR's nominal 2 fraction
 * digits are never used, hence no decimals in stored amounts.
 */
public final class Rials {

    private static final char PERSIAN_THOUSANDS = '\u066C';
    private static final char PERSIAN_DECIMAL = '\u066B';

    private Rials() {
    }

    /** Exact tomans as a plain decimal string: 140000000000000 → "14000000000000", 125 → "12.5". */
    public static String tomans(long rials) {
        // BigDecimal keeps it exact for every long, including Long.MIN_VALUE.
        return BigDecimal.valueOf(rials).movePointLeft(1).stripTrailingZeros().toPlainString();
    }

    /**
     * Tomans for people: Persian digits, U+066C thousands separator, " تومان".
     * 140000000000000 → "۱۴٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰ تومان". Exact, never rounded to "billion".
     */
    public static String display(long rials) {
        String plain = tomans(rials);
        String sign = plain.startsWith("-") ? "-" : "";
        String unsigned = sign.isEmpty() ? plain : plain.substring(1);
        int dot = unsigned.indexOf('.');
        String integer = dot < 0 ? unsigned : unsigned.substring(0, dot);
        String fraction = dot < 0 ? "" : PERSIAN_DECIMAL + unsigned.substring(dot + 1);

        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(PERSIAN_THOUSANDS);
            }
            grouped.append(integer.charAt(i));
        }
        return sign + toPersianDigits(grouped + fraction) + " تومان";
    }

    /**
     * Parses a whole, non-negative rial amount typed by a person: ASCII or Persian/Arabic digits,
     * with optional separators (",", "٬", "،", spaces) anywhere.
     *
     * @throws IllegalArgumentException if the text is empty, negative, has decimals or other
     *                                  characters, or exceeds {@link Long#MAX_VALUE}
     */
    public static long parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Amount is missing");
        }
        String s = PersianText.toAsciiDigits(text).strip();
        long value = 0;
        boolean sawDigit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sawDigit = true;
                try {
                    value = Math.addExact(Math.multiplyExact(value, 10), c - '0');
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException("Amount is too large (max " + Long.MAX_VALUE + " rials): " + text);
                }
            } else if (c == '-' || c == '\u2212') {
                throw new IllegalArgumentException("Amount must not be negative: " + text);
            } else if (c == '.' || c == PERSIAN_DECIMAL || c == '/') {
                // Persians sometimes write the decimal point as "/"; rials have no fractions either way.
                throw new IllegalArgumentException("Amount must be a whole number of rials: " + text);
            } else if (!isSeparator(c)) {
                throw new IllegalArgumentException("Amount may contain only digits and separators: " + text);
            }
        }
        if (!sawDigit) {
            throw new IllegalArgumentException("Amount has no digits: " + text);
        }
        return value;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == PERSIAN_THOUSANDS || c == '\u060C' || Character.isWhitespace(c)
                || Character.isSpaceChar(c);
    }

    private static String toPersianDigits(String ascii) {
        StringBuilder sb = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            sb.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + (c - '0')) : c);
        }
        return sb.toString();
    }
}
