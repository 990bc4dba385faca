package ir.samt.units.inspection;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.samt.contracts.inspections.CaseStatus;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CaseView", description = "A case file (پرونده تخلف) and its state")
public record CaseView(UUID id, UUID unitId, String province, String county, String campaignCode, CaseStatus status,
        LocalDate openedOn, int violations,
        @Schema(type = SchemaType.STRING, description = "Sum of its violations' amounts in rials") String valueRials,
        @Schema(type = SchemaType.STRING, description = "The penalty ruled, in rials (RULED only)") String penaltyRials,
        LocalDate decidedOn, String note, long version) {

    static CaseView of(CaseFile c) {
        return new CaseView(c.id, c.unitId, c.province, c.county, c.campaignCode, c.status, c.openedOn, c.violations,
                c.valueRials.toString(), c.penaltyRials == null ? null : c.penaltyRials.toString(), c.decidedOn,
                c.decisionNote, c.changeNumber());
    }
}
