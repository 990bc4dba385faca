package ir.samt.stats.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import ir.samt.platform.calendar.DateInput;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.persian.PersianText;
import ir.samt.platform.problem.ProblemException;
import ir.samt.stats.query.Period;

/**
 * The period a page shows, read from the period selector's form: a Jalali {@code year} (default: the
 * current one), optionally a {@code month} of it (1–12), or a custom range {@code from}..{@code to} in
 * Jalali ({@code 1404/03/23}) or ISO dates. The API's {@link Period} does the rest, so the page and
 * {@code /stats} agree on every boundary.
 */
public final class DashboardPeriod {

    private DashboardPeriod() {
    }

    public static Period parse(String year, String month, String from, String to) {
        if (present(from) || present(to)) {
            if (!present(from) || !present(to)) {
                throw ProblemException.invalid(present(from) ? "to" : "from", "from and to go together");
            }
            return Period.parse(null, null, isoDate("from", from), isoDate("to", to));
        }
        int y = (present(year) ? Period.parse(year, null, null, null) : Period.currentYear()).jalaliYear();
        if (present(month)) {
            String m = PersianText.toAsciiDigits(month).strip();
            // the API's form (1404-05) is accepted too, so a link copied from /stats works here
            return m.matches("\\d{1,2}") ? Period.parse(null, y + "-" + m, null, null) : Period.parse(null, m, null, null);
        }
        return Period.year(y);
    }

    /** The period before, of the same kind: the year before, the month before, or as many days just before. */
    public static Period previous(Period period) {
        return switch (period.kind()) {
            case YEAR -> period.previousYear();
            case MONTH -> {
                LocalDate dayBefore = period.range().fromInclusive().minusDays(1);
                int y = Jalali.yearOf(dayBefore);
                int m = ir.samt.platform.calendar.JalaliDate.of(dayBefore).month();
                yield Period.month(y, m);
            }
            case RANGE -> {
                long days = ChronoUnit.DAYS.between(period.range().fromInclusive(), period.range().toExclusive());
                LocalDate end = period.range().fromInclusive().minusDays(1);
                yield Period.parse(null, null, end.minusDays(days - 1).toString(), end.toString());
            }
        };
    }

    private static String isoDate(String field, String text) {
        try {
            return DateInput.parse(text).toString();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
