package ir.samt.units.inspection;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloseCaseRequest", description = "A case closed without penalty (مختومه بدون جریمه)")
public record CloseCaseRequest(
        @Schema(description = "ISO date; defaults to today; not before the case was opened", example = "2025-07-01") LocalDate closedOn,
        @Size(max = 500) @Schema(example = "تخلف محرز نشد") String note) {
}
