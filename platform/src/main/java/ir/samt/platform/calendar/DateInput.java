package ir.samt.platform.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import ir.samt.platform.persian.PersianText;

/**
 * The one reading of a date a caller sends, in JSON bodies, query parameters and import rows alike:
 * an ISO date ({@code 2025-05-10}) or a Jalali date written with slashes ({@code 1404/02/20}, Persian
 * digits too).
 *
 * <p>A timestamp is refused, not converted: {@code 2025-03-20T21:00:00Z} is already 1404/01/01 in
 * Tehran, so taking its UTC date would number and count a licence in the wrong year, and guessing the
 * zone a sender meant is worse than asking for the date. A dashed date in a Jalali-looking year
 * ({@code 1404-01-01}) is refused for the same reason: it is almost certainly not Gregorian 1404.
 */
public final class DateInput {

    public static final String EXPECTED = "must be a date: ISO 2025-05-10 or Jalali 1404/02/20";

    private static final Pattern ISO = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern JALALI = Pattern.compile("[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}");
    private static final int FIRST_GREGORIAN_YEAR = 1900;

    private DateInput() {
    }

    /**
     * @throws IllegalArgumentException with a message a caller can act on
     */
    public static LocalDate parse(String raw) {
        String text = PersianText.toAsciiDigits(raw == null ? "" : raw.strip());
        if (JALALI.matcher(text).matches()) {
            return JalaliDate.parse(text).toLocalDate();
        }
        if (ISO.matcher(text).matches()) {
            int year = Integer.parseInt(text.substring(0, 4));
            if (year < FIRST_GREGORIAN_YEAR) {
                throw new IllegalArgumentException("looks like a Jalali date; write it with slashes (" + text.replace('-', '/') + ")");
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("is not a day of the calendar: " + text);
            }
        }
        if (text.contains("T") || text.contains(":")) {
            throw new IllegalArgumentException("must be a date, not a timestamp (ISO 2025-05-10 or Jalali 1404/02/20)");
        }
        throw new IllegalArgumentException(EXPECTED);
    }
}
