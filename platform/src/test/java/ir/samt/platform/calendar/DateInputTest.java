package ir.samt.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateInputTest {

    @Test
    void readsIsoDates() {
        assertThat(DateInput.parse("2025-05-10")).isEqualTo(LocalDate.of(2025, 5, 10));
    }

    @Test
    void readsJalaliDatesWithSlashesInAnyDigits() {
        assertThat(DateInput.parse("1404/01/01")).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(DateInput.parse("۱۴۰۳/۱۲/۳۰")).isEqualTo(LocalDate.of(2025, 3, 20));
    }

    @Test
    void refusesTimestampsInsteadOfTakingTheirUtcDate() {
        // 2025-03-20T21:00:00Z is already 1404/01/01 00:30 in Tehran: its UTC date would be the wrong year
        assertThatThrownBy(() -> DateInput.parse("2025-03-20T21:00:00Z")).hasMessageContaining("not a timestamp");
        assertThatThrownBy(() -> DateInput.parse("2025-03-20 21:00")).hasMessageContaining("not a timestamp");
    }

    @Test
    void refusesADashedJalaliLookingDateRatherThanReadingItAsGregorian() {
        assertThatThrownBy(() -> DateInput.parse("1404-01-01")).hasMessageContaining("1404/01/01");
    }

    @Test
    void refusesDaysThatDoNotExist() {
        assertThatThrownBy(() -> DateInput.parse("2025-02-29")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateInput.parse("1404/12/30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateInput.parse("+999999999-01-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateInput.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
