package ir.samt.stats.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.samt.platform.calendar.DateRange;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.calendar.JalaliDate;
import ir.samt.platform.persian.PersianText;
import ir.samt.platform.problem.ProblemException;

/**
 * The period a read covers: a Jalali (fiscal) year, a Jalali month or an ISO date range, always as
 * half-open Gregorian dates [from, to) in Asia/Tehran business days.
 */
public record Period(Kind kind, DateRange range, String label, String labelFa) {

    public enum Kind {
        YEAR, MONTH, RANGE
    }

    /** Years we answer for: the platform's data starts long after 1300 and Jalali arithmetic is checked to ~1469. */
    static final int MIN_YEAR = 1300;
    static final int MAX_YEAR = 1499;
    /**
     * The same span as ISO dates, which bound {@code from} and {@code to}: any date a calendar or the
     * database might not handle (0001-01-01, +999999999-12-31) is a 400 naming the parameter.
     */
    static final LocalDate EARLIEST = Jalali.yearRange(MIN_YEAR).fromInclusive();
    static final LocalDate LATEST = Jalali.yearRange(MAX_YEAR).toExclusive().minusDays(1);

    static final String[] MONTHS_EN = { "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr",
            "Aban", "Azar", "Dey", "Bahman", "Esfand" };
    static final String[] MONTHS_FA = { "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
            "آذر", "دی", "بهمن", "اسفند" };

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/](\\d{1,2})");

    public static Period year(int year) {
        return new Period(Kind.YEAR, Jalali.yearRange(year), Integer.toString(year),
                "سال " + PersianText.toPersianDigits(Integer.toString(year)));
    }

    public static Period month(int year, int month) {
        return new Period(Kind.MONTH, Jalali.monthRange(year, month),
                String.format("%04d/%02d %s", year, month, MONTHS_EN[month - 1]),
                MONTHS_FA[month - 1] + " " + PersianText.toPersianDigits(Integer.toString(year)));
    }

    public static Period currentYear() {
        return year(Jalali.yearOf(LocalDate.now(Jalali.TEHRAN)));
    }

    /**
     * Reads the query parameters: at most one of {@code year}, {@code month} (Jalali {@code 1404-01})
     * or {@code from}+{@code to} (ISO dates, both inclusive); none means the current Jalali year.
     */
    public static Period parse(String year, String month, String from, String to) {
        int given = (present(year) ? 1 : 0) + (present(month) ? 1 : 0) + (present(from) || present(to) ? 1 : 0);
        if (given > 1) {
            String field = present(year) ? "year" : "month";
            throw ProblemException.invalid(field, "give only one of year, month or from/to");
        }
        if (present(year)) {
            return year(parseYear("year", year));
        }
        if (present(month)) {
            Matcher m = MONTH.matcher(PersianText.toAsciiDigits(month).strip());
            if (!m.matches()) {
                throw ProblemException.invalid("month", "must be a Jalali month such as 1404-01");
            }
            int y = parseYear("month", m.group(1));
            int mm = Integer.parseInt(m.group(2));
            if (mm < 1 || mm > 12) {
                throw ProblemException.invalid("month", "the month must be 1-12");
            }
            return month(y, mm);
        }
        if (present(from) || present(to)) {
            if (!present(from) || !present(to)) {
                throw ProblemException.invalid(present(from) ? "to" : "from", "from and to go together");
            }
            LocalDate start = isoDate("from", from);
            LocalDate end = isoDate("to", to);
            if (end.isBefore(start)) {
                throw ProblemException.invalid("to", "must not be before from");
            }
            if (end.isAfter(start.plusYears(50))) {
                throw ProblemException.invalid("to", "a range may span at most 50 years");
            }
            return new Period(Kind.RANGE, new DateRange(start, end.plusDays(1)), start + ".." + end,
                    PersianText.toPersianDigits(JalaliDate.of(start) + " تا " + JalaliDate.of(end)));
        }
        return currentYear();
    }

    static int parseYear(String field, String text) {
        String ascii = PersianText.toAsciiDigits(text).strip();
        if (!YEAR.matcher(ascii).matches()) {
            throw ProblemException.invalid(field, "must be a Jalali year such as 1404");
        }
        int year = Integer.parseInt(ascii);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ProblemException.invalid(field, "the Jalali year must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return year;
    }

    private static LocalDate isoDate(String field, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(PersianText.toAsciiDigits(text).strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO date such as 2025-03-21");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw ProblemException.invalid(field, "must be between " + EARLIEST + " and " + LATEST + " (Jalali years "
                    + MIN_YEAR + " to " + MAX_YEAR + ")");
        }
        return date;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** The Jalali year the period starts in; for a YEAR period, its year. */
    public int jalaliYear() {
        return Jalali.yearOf(range.fromInclusive());
    }

    /** The Jalali year before the one this period starts in. */
    public Period previousYear() {
        return year(jalaliYear() - 1);
    }

    /** The last day of the period (inclusive), as people read a period. */
    public LocalDate lastDay() {
        return range.toExclusive().minusDays(1);
    }
}
