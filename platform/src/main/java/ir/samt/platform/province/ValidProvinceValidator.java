package ir.samt.platform.province;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidProvince}; null is left to {@code @NotNull}/{@code @NotBlank}. */
public class ValidProvinceValidator implements ConstraintValidator<ValidProvince, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Province.byCode(value).isPresent();
    }
}
