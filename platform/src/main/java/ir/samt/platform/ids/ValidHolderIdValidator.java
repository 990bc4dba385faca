package ir.samt.platform.ids;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidHolderId}; null is left to {@code @NotNull}/{@code @NotBlank}. */
public class ValidHolderIdValidator implements ConstraintValidator<ValidHolderId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || HolderId.parse(value).isPresent();
    }
}
