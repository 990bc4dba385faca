package ir.samt.units.unit;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StagnateUnitRequest", description = "Record that a unit has stopped (راکد شدن واحد)")
public record StagnateUnitRequest(
        @Schema(description = "ISO date the unit stopped; defaults to today; not before its current status, not in the future",
                example = "2025-01-15") LocalDate stagnatedOn,
        @NotEmpty @Schema(description = "One or more reasons", example = "[\"LIQUIDITY\", \"ENERGY\"]")
        Set<@NotNull StagnationReason> reasons,
        @Size(max = 500) @Schema(example = "کمبود نقدینگی و قطعی برق") String note) {
}
