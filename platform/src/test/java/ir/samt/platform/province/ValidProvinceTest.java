package ir.samt.platform.province;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidProvinceTest {

    private final ValidProvinceValidator validator = new ValidProvinceValidator();

    @Test
    void nullIsValid() {
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @Test
    void acceptsCurrentCode() {
        assertThat(validator.isValid("IR-25", null)).isTrue();
        assertThat(validator.isValid("ir-۳۰", null)).isTrue();
    }

    @Test
    void rejectsUnknownCode() {
        assertThat(validator.isValid("IR-31", null)).isFalse();
        assertThat(validator.isValid("", null)).isFalse();
    }
}
