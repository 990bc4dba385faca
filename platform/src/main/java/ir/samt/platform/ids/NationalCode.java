package ir.samt.platform.ids;

/**
 * Iranian national code (کد ملی): 3-digit city prefix, 6-digit serial, 1 check digit.
 * Older cards print it without leading zeros, so 8 or 9 digits are left-padded to 10.
 */
public final class NationalCode {

    private NationalCode() {
    }

    /** True if {@code raw} is a valid national code (Persian/Arabic digits, spaces and dashes allowed). */
    public static boolean isValid(String raw) {
        return normalize(raw) != null;
    }

    /**
     * Returns the 10 ASCII digits of a valid national code, or {@code null} if it is not valid.
     */
    public static String normalize(String raw) {
        String digits = IdDigits.clean(raw);
        if (digits == null || digits.length() < 8 || digits.length() > 10) {
            return null;
        }
        String code = "0".repeat(10 - digits.length()) + digits;
        // All-same digits (e.g. 1111111111) pass the checksum but are never issued.
        if (code.chars().allMatch(c -> c == code.charAt(0)) || IdDigits.serialIsAllZero(code)) {
            return null;
        }
        return checkDigitMatches(code) ? code : null;
    }

    /** s = Σ d[i]·(10−i) for i = 0..8; r = s mod 11; check = r if r &lt; 2 else 11 − r. */
    private static boolean checkDigitMatches(String code) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (code.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        int expected = r < 2 ? r : 11 - r;
        return code.charAt(9) - '0' == expected;
    }
}
