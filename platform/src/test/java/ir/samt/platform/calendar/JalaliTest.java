package ir.samt.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JalaliTest {

    @Test
    void year1404StartsOn21March2025() {
        assertThat(Jalali.yearRange(1404))
                .isEqualTo(new DateRange(LocalDate.of(2025, 3, 21), LocalDate.of(2026, 3, 21)));
        assertThat(JalaliDate.of(LocalDate.of(2025, 3, 21))).isEqualTo(new JalaliDate(1404, 1, 1));
        assertThat(JalaliDate.of(LocalDate.of(2025, 3, 20))).isEqualTo(new JalaliDate(1403, 12, 30));
    }

    @Test
    void year1403IsLeapWith366Days() {
        DateRange range = Jalali.yearRange(1403);
        assertThat(range).isEqualTo(new DateRange(LocalDate.of(2024, 3, 20), LocalDate.of(2025, 3, 21)));
        assertThat(ChronoUnit.DAYS.between(range.fromInclusive(), range.toExclusive())).isEqualTo(366);
        assertThat(Jalali.lengthOfMonth(1403, 12)).isEqualTo(30);
        assertThat(Jalali.lengthOfMonth(1404, 12)).isEqualTo(29);
    }

    @Test
    void yearOfDateUsesFarvardinBoundary() {
        assertThat(Jalali.yearOf(LocalDate.of(2025, 3, 20))).isEqualTo(1403);
        assertThat(Jalali.yearOf(LocalDate.of(2025, 3, 21))).isEqualTo(1404);
    }

    @Test
    void instantIsConvertedInTehran() {
        // 21:00Z is 00:30 the next day in Tehran (UTC+03:30).
        Instant instant = Instant.parse("2025-03-20T21:00:00Z");
        assertThat(JalaliDate.of(instant)).isEqualTo(new JalaliDate(1404, 1, 1));
        assertThat(Jalali.yearOf(instant)).isEqualTo(1404);
        assertThat(Jalali.yearOf(Instant.parse("2025-03-20T20:29:59Z"))).isEqualTo(1403);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void firstSixMonthsHave31Days(int month) {
        DateRange range = Jalali.monthRange(1404, month);
        assertThat(ChronoUnit.DAYS.between(range.fromInclusive(), range.toExclusive())).isEqualTo(31);
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 8, 9, 10, 11})
    void monthsSevenToElevenHave30Days(int month) {
        assertThat(Jalali.lengthOfMonth(1404, month)).isEqualTo(30);
    }

    @Test
    void esfandHas29DaysOr30InLeapYear() {
        assertThat(Jalali.monthRange(1404, 12))
                .isEqualTo(new DateRange(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 21)));
        assertThat(Jalali.lengthOfMonth(1404, 12)).isEqualTo(29);
        assertThat(Jalali.lengthOfMonth(1403, 12)).isEqualTo(30);
    }

    @Test
    void monthRangesAreContiguous() {
        assertThat(Jalali.monthRange(1404, 1).toExclusive()).isEqualTo(Jalali.monthRange(1404, 2).fromInclusive());
        assertThat(Jalali.monthRange(1404, 1).contains(LocalDate.of(2025, 3, 21))).isTrue();
        assertThat(Jalali.monthRange(1404, 1).contains(LocalDate.of(2025, 4, 21))).isFalse();
    }

    @Test
    void rejectsMonthOutOfRange() {
        assertThatThrownBy(() -> Jalali.monthRange(1404, 13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aJalaliYearFromNowruzEndsOnTheNextNowruzWhereGregorianYearsWouldEndADayEarly() {
        LocalDate nowruz1403 = new JalaliDate(1403, 1, 1).toLocalDate(); // 2024-03-20
        assertThat(Jalali.plusYears(nowruz1403, 1)).isEqualTo(new JalaliDate(1404, 1, 1).toLocalDate());
        assertThat(Jalali.plusYears(nowruz1403, 1)).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(nowruz1403.plusYears(1)).isEqualTo(LocalDate.of(2025, 3, 20)); // 1403/12/30: the old, wrong end
    }

    @Test
    void theLeapDayThirtyEsfandBecomesTwentyNineEsfandInACommonYear() {
        LocalDate leapDay = new JalaliDate(1403, 12, 30).toLocalDate();
        assertThat(Jalali.plusYears(leapDay, 1)).isEqualTo(new JalaliDate(1404, 12, 29).toLocalDate());
        assertThat(Jalali.lengthOfMonth(1408, 12)).isEqualTo(30);
        assertThat(JalaliDate.of(Jalali.plusYears(leapDay, 5))).isEqualTo(new JalaliDate(1408, 12, 30)); // leap again
    }

    @Test
    void twentyNineEsfandStaysTwentyNineEsfandIntoALeapYear() {
        LocalDate lastDay1402 = new JalaliDate(1402, 12, 29).toLocalDate();
        assertThat(JalaliDate.of(Jalali.plusYears(lastDay1402, 1))).isEqualTo(new JalaliDate(1403, 12, 29));
    }

    @Test
    void anOrdinaryDayKeepsItsJalaliDayAndMonth() {
        LocalDate day = new JalaliDate(1404, 2, 20).toLocalDate();
        assertThat(JalaliDate.of(Jalali.plusYears(day, 5))).isEqualTo(new JalaliDate(1409, 2, 20));
    }
}
