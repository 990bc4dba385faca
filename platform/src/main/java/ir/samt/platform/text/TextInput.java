package ir.samt.platform.text;

import ir.samt.platform.persian.PersianText;

/**
 * The one rule for text that enters the platform, applied before validation so that every check
 * ({@code @NotBlank}, {@code @Size}) and every column sees the form that is stored.
 *
 * <p>Control characters are refused rather than dropped: PostgreSQL cannot store NUL at all, and any
 * other C0/C1 control in a name is a sign of a broken or hostile client that should hear about it.
 * Tab, line feed and carriage return are white space and collapse like it. Unpaired UTF-16
 * surrogates cannot be encoded as UTF-8 and are refused too.
 */
public final class TextInput {

    private TextInput() {
    }

    /**
     * The stored form of {@code raw} ({@link PersianText#normalize}).
     *
     * @return the normalised text, or {@code null} for {@code null}
     * @throws InvalidTextException naming what is wrong, if the text holds a character that cannot be stored
     */
    public static String clean(String raw) {
        String problem = problemOf(raw);
        if (problem != null) {
            throw new InvalidTextException(problem);
        }
        return PersianText.normalize(raw);
    }

    /** Why {@code raw} cannot be accepted, or {@code null} if it can (null text is acceptable here). */
    public static String problemOf(String raw) {
        if (raw == null) {
            return null;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isRefusedControl(c)) {
                return String.format("must not contain control characters (U+%04X at position %d)", (int) c, i + 1);
            }
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                i++; // a proper pair: one supplementary character
            } else if (Character.isSurrogate(c)) {
                return String.format("must be valid Unicode (an unpaired surrogate at position %d)", i + 1);
            }
        }
        return null;
    }

    private static boolean isRefusedControl(char c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    /** Text that cannot be accepted; the message says why, in terms a caller can act on. */
    public static final class InvalidTextException extends IllegalArgumentException {
        public InvalidTextException(String message) {
            super(message);
        }
    }
}
