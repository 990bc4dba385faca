package ir.samt.platform.province;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated String must be a current ISO 3166-2:IR province code (see {@link Province#byCode}).
 * {@code null} is valid; add {@code @NotBlank} when required.
 */
@Documented
@Constraint(validatedBy = ValidProvinceValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidProvince {

    String message() default "must be a current ISO 3166-2:IR province code (IR-00 to IR-30)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
