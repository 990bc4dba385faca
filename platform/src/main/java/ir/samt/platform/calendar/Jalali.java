package ir.samt.platform.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Solar Hijri (Jalali) calendar helpers. The Iranian year, and the fiscal year, start on
 * 1 Farvardin (about 21 March).
 *
 * <p>Conversion uses ICU4J's Persian calendar, which follows the 33-year rule and is right for
 * recent years; the popular 2820-year-cycle algorithm is wrong from 1403. JDK 17 has no Persian
 * chronology. ICU calendars are mutable and not thread-safe, so each call gets its own instance.
 */
public final class Jalali {

    /** Iran's time zone; an {@link Instant} belongs to the Iranian day it falls on here. */
    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private static final TimeZone ICU_TEHRAN = TimeZone.getTimeZone("Asia/Tehran");
    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");

    private Jalali() {
    }

    /** The Jalali year of a Gregorian date. */
    public static int yearOf(LocalDate date) {
        return JalaliDate.of(date).year();
    }

    /** The Jalali year of an instant, taken in Asia/Tehran. */
    public static int yearOf(Instant instant) {
        return JalaliDate.of(instant).year();
    }

    /** The Gregorian dates of a Jalali year, e.g. 1404 is [2025-03-21, 2026-03-21). */
    public static DateRange yearRange(int jalaliYear) {
        return new DateRange(
                new JalaliDate(jalaliYear, 1, 1).toLocalDate(),
                new JalaliDate(jalaliYear + 1, 1, 1).toLocalDate());
    }

    /** The Gregorian dates of a Jalali month (1–12). */
    public static DateRange monthRange(int jalaliYear, int month) {
        JalaliDate first = new JalaliDate(jalaliYear, month, 1);
        JalaliDate next = month == 12 ? new JalaliDate(jalaliYear + 1, 1, 1) : new JalaliDate(jalaliYear, month + 1, 1);
        return new DateRange(first.toLocalDate(), next.toLocalDate());
    }

    /**
     * The same Jalali day {@code years} later: licence terms run in Jalali years, so a licence issued on
     * 1 Farvardin runs to 1 Farvardin, whatever the Gregorian calendar does around Nowruz. 30 Esfand of
     * a leap year becomes 29 Esfand in a common year (the last day of the same month).
     */
    public static LocalDate plusYears(LocalDate date, int years) {
        JalaliDate from = JalaliDate.of(date);
        int year = from.year() + years;
        int day = Math.min(from.day(), lengthOfMonth(year, from.month()));
        return new JalaliDate(year, from.month(), day).toLocalDate();
    }

    /** Days in a Jalali month: 31 for months 1–6, 30 for 7–11, 29 or 30 for Esfand. */
    public static int lengthOfMonth(int jalaliYear, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Jalali month must be 1-12: " + month);
        }
        Calendar cal = newCalendar();
        cal.set(jalaliYear, month - 1, 1, 12, 0, 0);
        return cal.getActualMaximum(Calendar.DAY_OF_MONTH);
    }

    /** A Persian ICU calendar in Tehran, cleared so no field leaks from "now". */
    static Calendar newCalendar() {
        Calendar cal = Calendar.getInstance(ICU_TEHRAN, PERSIAN);
        cal.clear();
        return cal;
    }

    /** Gregorian to Jalali; noon keeps the day safe from any offset or DST differences. */
    static JalaliDate toJalali(LocalDate date) {
        Calendar cal = newCalendar();
        cal.setTimeInMillis(date.atTime(LocalTime.NOON).atZone(TEHRAN).toInstant().toEpochMilli());
        return new JalaliDate(cal.get(Calendar.YEAR), cal.get(Calendar.MONTH) + 1, cal.get(Calendar.DAY_OF_MONTH));
    }

    /** Jalali to Gregorian; the caller has already validated the fields. */
    static LocalDate toGregorian(int year, int month, int day) {
        Calendar cal = newCalendar();
        cal.set(year, month - 1, day, 12, 0, 0); // ICU months are 0-based
        return Instant.ofEpochMilli(cal.getTimeInMillis()).atZone(TEHRAN).toLocalDate();
    }
}
