package ir.samt.platform.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
