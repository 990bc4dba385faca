package ir.samt.platform.ids;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated String must be a valid national code or legal-entity national ID
 * (see {@link HolderId#parse}). {@code null} is valid; add {@code @NotBlank} when required.
 */
@Documented
@Constraint(validatedBy = ValidHolderIdValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidHolderId {

    String message() default "must be a valid national code (10 digits) or legal-entity national ID (11 digits)"
            + " with correct check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
