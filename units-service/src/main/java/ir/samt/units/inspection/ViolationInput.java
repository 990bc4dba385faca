package ir.samt.units.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ViolationInput", description = "One violation found on a visit (تخلف)")
public record ViolationInput(
        @NotNull @Schema(example = "OVERPRICING") ViolationType type,
        @PositiveOrZero @Max(MAX_AMOUNT_RIALS)
        @Schema(type = SchemaType.STRING, description = "The amount involved in rials, a string of digits; absent where "
                + "the type has none (no price list posted)", example = "850000000") Long amountRials) {

    /** 10^16 rials: far beyond any one violation, so larger is a typo. */
    public static final long MAX_AMOUNT_RIALS = 10_000_000_000_000_000L;
}
