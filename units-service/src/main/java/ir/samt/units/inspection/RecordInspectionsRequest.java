package ir.samt.units.inspection;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordInspectionsRequest", description = "Up to 500 visits recorded together: all of them or none")
public record RecordInspectionsRequest(
        @NotEmpty @Size(max = InspectionService.MAX_BATCH) List<@NotNull @Valid RecordInspectionRequest> visits) {
}
