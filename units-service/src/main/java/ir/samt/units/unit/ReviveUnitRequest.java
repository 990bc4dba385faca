package ir.samt.units.unit;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviveUnitRequest", description = "Record that a stagnant unit is back in production (احیای واحد راکد)")
public record ReviveUnitRequest(
        @Schema(description = "ISO date production resumed; defaults to today", example = "2025-06-01") LocalDate revivedOn,
        @NotEmpty @Schema(description = "Bodies that supported the revival", example = "[\"SAMT\", \"BANKS\"]")
        Set<@NotNull Supporter> supporters,
        @NotNull @PositiveOrZero @Max(MAX_INVESTMENT_RIALS)
        @Schema(type = SchemaType.STRING, description = "New investment in rials, a string of digits", example = "79365079365")
        Long newInvestmentRials,
        @NotNull @Min(0) @Max(100_000) @Schema(example = "16") Integer jobsRestored,
        @Size(max = 500) @Schema(example = "با تسهیلات کارگروه رفع موانع تولید استان") String note) {

    /** 10^16 rials: far beyond any single revival, so larger is a typo. */
    public static final long MAX_INVESTMENT_RIALS = 10_000_000_000_000_000L;
}
