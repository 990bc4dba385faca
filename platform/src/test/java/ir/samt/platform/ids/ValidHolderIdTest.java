package ir.samt.platform.ids;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValidHolderIdTest {

    record Holder(@ValidHolderId String id) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        // ParameterMessageInterpolator avoids needing an EL implementation in a plain unit test.
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    @Test
    void nullIsValid() {
        assertThat(validator.validate(new Holder(null))).isEmpty();
    }

    @Test
    void acceptsNationalCodeAndLegalEntityId() {
        assertThat(validator.validate(new Holder("0076229645"))).isEmpty();
        assertThat(validator.validate(new Holder("۱۰۳۸۰۲۸۴۷۹۰"))).isEmpty();
    }

    @Test
    void rejectsWrongCheckDigitWithDefaultMessage() {
        Set<ConstraintViolation<Holder>> violations = validator.validate(new Holder("0380123453"));
        assertThat(violations).singleElement()
                .extracting(ConstraintViolation::getMessage)
                .isEqualTo("must be a valid national code (10 digits) or legal-entity national ID (11 digits)"
                        + " with correct check digit");
    }

    @Test
    void rejectsBlank() {
        assertThat(validator.validate(new Holder(" "))).hasSize(1);
    }
}
