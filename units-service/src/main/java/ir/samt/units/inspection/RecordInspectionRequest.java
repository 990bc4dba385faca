package ir.samt.units.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.samt.contracts.inspections.InspectorKind;
import ir.samt.contracts.inspections.PartnerBody;

@Schema(name = "RecordInspectionRequest", description = "An inspection visit (بازرسی) of a registered unit (unitId) or of "
        + "an unregistered one (unit); exactly one of the two")
public record RecordInspectionRequest(
        @Schema(description = "The registered unit visited") UUID unitId,
        @Valid @Schema(description = "The unit visited, when it is not registered here") UnregisteredUnit unit,
        @NotNull @Schema(example = "JOINT_PATROL") InspectorKind inspectorKind,
        @Schema(description = "The partner bodies of a joint patrol (required for one, refused otherwise)",
                example = "[\"DISCRETIONARY_PENALTIES\", \"CHAMBER_OF_GUILDS\"]") Set<@NotNull PartnerBody> partners,
        @NotNull @Schema(description = "ISO date of the visit; not in the future", example = "2025-06-15") LocalDate inspectedOn,
        @Schema(description = "The campaign the visit belongs to; the visit must lie in its window", example = "QOM-WAR-1404")
        String campaignCode,
        @NotNull @Size(max = 20) @Schema(description = "What the visit found; empty when nothing")
        List<@NotNull @Valid ViolationInput> violations,
        @Size(max = 500) @Schema(example = "نرخ‌نامه نصب نشده بود") String note) {
}
