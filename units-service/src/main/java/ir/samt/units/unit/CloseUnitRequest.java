package ir.samt.units.unit;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloseUnitRequest", description = "Record that a unit has closed for good (تعطیلی واحد)")
public record CloseUnitRequest(
        @Schema(description = "ISO date of closure; defaults to today", example = "2025-08-01") LocalDate closedOn,
        @Size(max = 500) @Schema(example = "انحلال شرکت") String note) {
}
