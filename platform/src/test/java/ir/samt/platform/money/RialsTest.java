package ir.samt.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RialsTest {

    @Test
    void tomansIsRialsDividedByTenExactly() {
        // 14,000 billion tomans (the seed's figure) = 1.4×10^14 rials.
        assertThat(Rials.tomans(140_000_000_000_000L)).isEqualTo("14000000000000");
        assertThat(Rials.tomans(0)).isEqualTo("0");
        assertThat(Rials.tomans(10)).isEqualTo("1");
    }

    @Test
    void tomansKeepsFractionWhenNotDivisibleByTen() {
        assertThat(Rials.tomans(125)).isEqualTo("12.5");
        assertThat(Rials.tomans(Long.MAX_VALUE)).isEqualTo("922337203685477580.7");
    }

    @Test
    void displayUsesPersianDigitsAndSeparator() {
        assertThat(Rials.display(140_000_000_000_000L)).isEqualTo("۱۴٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰ تومان");
        assertThat(Rials.display(5_000_000_000_000L)).isEqualTo("۵۰۰٬۰۰۰٬۰۰۰٬۰۰۰ تومان");
        assertThat(Rials.display(1_000)).isEqualTo("۱۰۰ تومان");
        assertThat(Rials.display(0)).isEqualTo("۰ تومان");
    }

    @Test
    void displayShowsFractionWithPersianDecimalSeparator() {
        assertThat(Rials.display(12_345)).isEqualTo("۱٬۲۳۴٫۵ تومان");
    }

    @Test
    void parseAcceptsAsciiAndPersianDigitsWithSeparators() {
        assertThat(Rials.parse("140000000000000")).isEqualTo(140_000_000_000_000L);
        assertThat(Rials.parse("۱۴۰٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰")).isEqualTo(140_000_000_000_000L);
        assertThat(Rials.parse("1,370،000 000")).isEqualTo(1_370_000_000L);
        assertThat(Rials.parse(" 0 ")).isZero();
        assertThat(Rials.parse(String.valueOf(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "−5"})
    void parseRejectsNegative(String text) {
        assertThatThrownBy(() -> Rials.parse(text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.5", "۱۲٫۵"})
    void parseRejectsDecimals(String text) {
        assertThatThrownBy(() -> Rials.parse(text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12a", "1e6", "ریال 100", "$100"})
    void parseRejectsNonDigits(String text) {
        assertThatThrownBy(() -> Rials.parse(text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only digits");
    }

    @Test
    void parseRejectsValuesAboveLongMax() {
        assertThatThrownBy(() -> Rials.parse("9223372036854775808"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", ",,"})
    void parseRejectsEmpty(String text) {
        assertThatThrownBy(() -> Rials.parse(text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no digits");
    }

    @Test
    void parseRejectsNull() {
        assertThatThrownBy(() -> Rials.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
