package ir.samt.platform.calendar;

import ir.samt.platform.persian.PersianText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Solar Hijri date. Always valid: the constructor rejects e.g. 1404/12/30 (1404 is not leap).
 *
 * @param year  Jalali year, 1–9999
 * @param month 1 (Farvardin) to 12 (Esfand)
 * @param day   1 to the month's length
 */
public record JalaliDate(int year, int month, int day) {

    // Applied after converting digits to ASCII; "\d" alone would not match Persian digits anyway.
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})");

    public JalaliDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("Jalali year out of range 1-9999: " + year);
        }
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Jalali month must be 1-12: " + month);
        }
        int length = Jalali.lengthOfMonth(year, month);
        if (day < 1 || day > length) {
            throw new IllegalArgumentException(
                    "Jalali day must be 1-" + length + " in " + year + "/" + month + ": " + day);
        }
    }

    /** The Jalali date of a Gregorian date. */
    public static JalaliDate of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Jalali.toJalali(date);
    }

    /** The Jalali date on which the instant falls in Asia/Tehran. */
    public static JalaliDate of(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return of(instant.atZone(Jalali.TEHRAN).toLocalDate());
    }

    /**
     * Parses "1404/01/01" or "1404-01-01"; Persian/Arabic digits and one-digit month/day are accepted.
     *
     * @throws IllegalArgumentException if the text is not a date or the date does not exist
     */
    public static JalaliDate parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORMAT.matcher(PersianText.toAsciiDigits(text).strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a Jalali date (expected yyyy/MM/dd): " + text);
        }
        return new JalaliDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    public LocalDate toLocalDate() {
        return Jalali.toGregorian(year, month, day);
    }

    /** "1404/01/01": ASCII digits, zero padded, the usual Iranian order. */
    @Override
    public String toString() {
        // Locale.ROOT: a Persian default locale would otherwise print Persian digits.
        return String.format(Locale.ROOT, "%04d/%02d/%02d", year, month, day);
    }
}
