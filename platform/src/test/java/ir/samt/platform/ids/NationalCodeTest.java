package ir.samt.platform.ids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"0380123452", "0076229645", "1583250689"})
    void acceptsWorkedExampleAndPublishedValues(String code) {
        assertThat(NationalCode.isValid(code)).isTrue();
        assertThat(NationalCode.normalize(code)).isEqualTo(code);
    }

    @Test
    void acceptsPersianDigits() {
        assertThat(NationalCode.normalize("۰۰۷۶۲۲۹۶۴۵")).isEqualTo("0076229645");
        assertThat(NationalCode.normalize("\u0660\u0660\u0667\u0666\u0662\u0662\u0669\u0666\u0664\u0665"))
                .isEqualTo("0076229645");
    }

    @Test
    void leftPadsEightAndNineDigits() {
        assertThat(NationalCode.normalize("76229645")).isEqualTo("0076229645");
        assertThat(NationalCode.normalize("380123452")).isEqualTo("0380123452");
    }

    @Test
    void ignoresSpacesAndDashes() {
        assertThat(NationalCode.normalize(" 038-012345-2 ")).isEqualTo("0380123452");
    }

    @Test
    void rejectsWrongCheckDigit() {
        assertThat(NationalCode.isValid("0380123453")).isFalse();
        assertThat(NationalCode.normalize("0076229646")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1111111111", "0000000000", "9999999999"})
    void rejectsAllSameDigits(String code) {
        assertThat(NationalCode.isValid(code)).isFalse();
    }

    @Test
    void rejectsAllZeroSerial() {
        // 123 000000 c: checksum is right (s = 10+18+24 = 52, r = 8, c = 3) but digits 4–9 are zero.
        assertThat(NationalCode.isValid("1230000003")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "03801234521", "038012345a", "abcdefghij", "0380.123452"})
    void rejectsWrongLengthOrNonDigits(String code) {
        assertThat(NationalCode.isValid(code)).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThat(NationalCode.isValid(null)).isFalse();
        assertThat(NationalCode.normalize(null)).isNull();
    }
}
