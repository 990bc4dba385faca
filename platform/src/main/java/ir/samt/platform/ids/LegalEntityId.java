package ir.samt.platform.ids;

/**
 * Legal-entity national ID (شناسه ملی اشخاص حقوقی), 11 digits, unique nationwide
 * (unlike registration numbers, which are unique only within a province).
 */
public final class LegalEntityId {

    private static final int[] WEIGHTS = {29, 27, 23, 19, 17};

    private LegalEntityId() {
    }

    /** True if {@code raw} is a valid legal-entity ID (Persian/Arabic digits, spaces and dashes allowed). */
    public static boolean isValid(String raw) {
        return normalize(raw) != null;
    }

    /** Returns the 11 ASCII digits of a valid legal-entity ID, or {@code null} if it is not valid. */
    public static String normalize(String raw) {
        String code = IdDigits.clean(raw);
        if (code == null || code.length() != 11 || IdDigits.serialIsAllZero(code)) {
            return null;
        }
        return checkDigitMatches(code) ? code : null;
    }

    /**
     * d = 10th digit + 2; s = Σ (d + digit[i])·w[i mod 5] for i = 0..9 with w = 29,27,23,19,17;
     * r = s mod 11, 10 counts as 0; r must equal the 11th digit.
     */
    private static boolean checkDigitMatches(String code) {
        int d = (code.charAt(9) - '0') + 2;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (d + code.charAt(i) - '0') * WEIGHTS[i % WEIGHTS.length];
        }
        int r = sum % 11;
        if (r == 10) {
            r = 0;
        }
        return code.charAt(10) - '0' == r;
    }
}
