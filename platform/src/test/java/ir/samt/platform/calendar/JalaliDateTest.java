package ir.samt.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JalaliDateTest {

    @Test
    void formatsWithZeroPaddedAsciiDigits() {
        assertThat(new JalaliDate(1404, 1, 1)).hasToString("1404/01/01");
    }

    @Test
    void formatsAsciiDigitsEvenUnderPersianDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("fa-IR-u-nu-arabext"));
            assertThat(new JalaliDate(1404, 6, 11)).hasToString("1404/06/11");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1404/01/01", "1404-01-01", "۱۴۰۴/۰۱/۰۱", "1404/1/1", " 1404-01-01 "})
    void parsesSlashDashAndPersianDigits(String text) {
        assertThat(JalaliDate.parse(text)).isEqualTo(new JalaliDate(1404, 1, 1));
    }

    @Test
    void acceptsEsfand30InLeapYear1403() {
        JalaliDate date = JalaliDate.parse("1403/12/30");
        assertThat(date.toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 20));
    }

    @Test
    void rejectsEsfand30In1404() {
        assertThatThrownBy(() -> JalaliDate.parse("1404/12/30")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1404/07/31", "1404/13/01", "1404/00/10", "1404/01/00", "1404/01/32", "14040101",
        "1404/01", "abcd/01/01", "", "01/01/1404"})
    void rejectsInvalidDates(String text) {
        assertThatThrownBy(() -> JalaliDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundTripsThroughLocalDateForTwoYears() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        for (int i = 0; i < 800; i++, day = day.plusDays(1)) {
            JalaliDate j = JalaliDate.of(day);
            assertThat(j.toLocalDate()).isEqualTo(day);
            assertThat(JalaliDate.parse(j.toString())).isEqualTo(j);
        }
    }

    @Test
    void convertsSeedArticleDate() {
        // 2025-09-02 is 11 Shahrivar 1404.
        assertThat(JalaliDate.of(LocalDate.of(2025, 9, 2))).isEqualTo(new JalaliDate(1404, 6, 11));
    }
}
