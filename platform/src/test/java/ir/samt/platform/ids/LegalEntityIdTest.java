package ir.samt.platform.ids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegalEntityIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"10860123456", "10380284790"})
    void acceptsWorkedExampleAndPublishedValue(String id) {
        assertThat(LegalEntityId.isValid(id)).isTrue();
        assertThat(LegalEntityId.normalize(id)).isEqualTo(id);
    }

    @Test
    void acceptsPersianDigits() {
        assertThat(LegalEntityId.normalize("۱۰۳۸۰۲۸۴۷۹۰")).isEqualTo("10380284790");
    }

    @Test
    void rejectsWrongCheckDigit() {
        assertThat(LegalEntityId.isValid("10860123457")).isFalse();
        assertThat(LegalEntityId.isValid("10380284791")).isFalse();
    }

    @Test
    void rejectsAllZeroDigitsFourToNine() {
        // Check digit is right (d = 2, s = 87+54+230+38+34+58+54+46+38+34 = 673, r = 2) but digits 4–9 are zero.
        assertThat(LegalEntityId.isValid("10800000002")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1086012345", "108601234567", "1086012345x", "0380123452"})
    void rejectsWrongLengthOrNonDigits(String id) {
        assertThat(LegalEntityId.isValid(id)).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThat(LegalEntityId.normalize(null)).isNull();
    }
}
