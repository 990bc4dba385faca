package ir.samt.contracts.inspections;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import ir.samt.contracts.EventData;
import ir.samt.contracts.json.IsoDate;
import ir.samt.contracts.json.Rials;

/**
 * The {@code data} of {@code ir.samt.inspection.recorded} on {@code samt.units.v1} (key: the inspected unit's
 * id, or {@code nid:} and the first 32 hex digits of the SHA-256 of its national ID for a unit not registered here, so one unit's visits and case events stay in
 * order). Every dimension stats counts by, and no personal data (no name, address or national ID).
 * Written field by field in this order, nulls included; unknown fields are ignored on reading.
 *
 * @param unitId          the registered unit visited; null for an unregistered one
 * @param violations      what the visit found, empty when nothing
 * @param violationsRials the sum of the violations' amounts, "0" when none
 * @param caseId          the case file the violations were added to (opened by this visit or still open); null
 *                        when the visit found nothing
 * @param effectiveDate   the day of the visit
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InspectionData(
        @JsonProperty(required = true) UUID inspectionId,
        UUID unitId,
        @JsonProperty(required = true) String province,
        @JsonProperty(required = true) String county,
        String estateCode,
        String activityCode,
        String sector,
        @JsonProperty(required = true) InspectorKind inspectorKind,
        @JsonProperty(required = true) List<PartnerBody> partners,
        String campaignCode,
        @JsonProperty(required = true) List<Violation> violations,
        @JsonProperty(required = true) @Rials BigInteger violationsRials,
        UUID caseId,
        @JsonProperty(required = true) @IsoDate LocalDate effectiveDate) implements EventData {
}
