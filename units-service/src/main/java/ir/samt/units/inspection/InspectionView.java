package ir.samt.units.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.samt.contracts.inspections.InspectorKind;
import ir.samt.contracts.inspections.PartnerBody;
import ir.samt.platform.calendar.JalaliDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "InspectionView", description = "A recorded inspection visit")
public record InspectionView(UUID id, UUID unitId, String unitName, String unitAddress, String unitNationalId,
        String province, String county, InspectorKind inspectorKind, List<PartnerBody> partners, LocalDate inspectedOn,
        String inspectedOnJalali, String campaignCode, List<ViolationView> violations,
        @Schema(type = SchemaType.STRING, description = "Sum of the violations' amounts in rials") String violationsRials,
        UUID caseId, String note) {

    @Schema(name = "ViolationView")
    public record ViolationView(ViolationType type, String nameFa, String nameEn,
            @Schema(type = SchemaType.STRING, description = "Rials, a string of digits") String amountRials) {
    }

    static InspectionView of(Inspection i) {
        return new InspectionView(i.id, i.unitId, i.unitName, i.unitAddress, i.unitNationalId, i.province, i.county,
                i.inspectorKind, InspectionEvents.partners(i.partners), i.inspectedOn, JalaliDate.of(i.inspectedOn).toString(),
                i.campaignCode,
                i.violations.stream().map(v -> new ViolationView(v.type, v.type.persianName(), v.type.englishName(),
                        v.amountRials == null ? null : v.amountRials.toString())).toList(),
                i.violationsRials.toString(), i.caseId, i.note);
    }
}
