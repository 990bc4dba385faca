package ir.samt.units.inspection;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RuleCaseRequest", description = "The Discretionary Penalties Organization's ruling on a case (رأی تعزیرات)")
public record RuleCaseRequest(
        @Schema(description = "ISO date of the ruling; defaults to today; not before the case was opened", example = "2025-07-01")
        LocalDate ruledOn,
        @NotNull @PositiveOrZero @Max(ViolationInput.MAX_AMOUNT_RIALS)
        @Schema(type = SchemaType.STRING, description = "The penalty ruled, in rials, a string of digits", example = "1200000000")
        Long penaltyRials,
        @Size(max = 500) @Schema(example = "رأی شعبه ۳ تعزیرات حکومتی قم") String note) {
}
