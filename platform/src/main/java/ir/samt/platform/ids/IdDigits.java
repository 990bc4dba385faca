package ir.samt.platform.ids;

import ir.samt.platform.persian.PersianText;

/** Shared input clean-up for the identifier classes. */
final class IdDigits {

    private IdDigits() {
    }

    /**
     * Removes spaces and dashes (people type "038-012345-2"), converts Persian/Arabic digits to
     * ASCII, and returns {@code null} unless what remains is ASCII digits only. We test for
     * '0'..'9' ourselves because {@link Character#isDigit} also accepts other scripts' digits.
     */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = PersianText.toAsciiDigits(raw);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            } else if (!isSeparator(c)) {
                return null;
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }

    /** Digits 4–9 (index 3..8) are the serial part; all zeros there is never issued. */
    static boolean serialIsAllZero(String digits) {
        for (int i = 3; i <= 8; i++) {
            if (digits.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
