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
        return sign + PersianText.toPersianDigits(grouped + fraction) + " تومان";
    }
}
