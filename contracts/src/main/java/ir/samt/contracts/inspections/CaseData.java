package ir.samt.contracts.inspections;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import ir.samt.contracts.EventData;
import ir.samt.contracts.json.Count;
import ir.samt.contracts.json.IsoDate;
import ir.samt.contracts.json.Rials;

/**
 * The {@code data} of {@code ir.samt.case.opened}, {@code .ruled} and {@code .closed} on {@code samt.units.v1}
 * (key: as the visits of its unit, {@link InspectionData}): a case file (پرونده تخلف) referred to the
 * Discretionary Penalties Organization and what came of it. Written field by field in this order, nulls included,
 * except {@code penaltyRials}, which only a ruling carries.
 *
 * @param campaignCode  the campaign of the visit that opened the case, if any
 * @param valueRials    the sum of the amounts of the case's violations so far
 * @param violations    how many violations the case holds so far
 * @param version       the case's version after the change, 1 when opened
 * @param effectiveDate the day it was opened (the visit's day), ruled or closed
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseData(
        @JsonProperty(required = true) UUID caseId,
        UUID unitId,
        @JsonProperty(required = true) String province,
        @JsonProperty(required = true) String county,
        String estateCode,
        String sector,
        String campaignCode,
        @JsonProperty(required = true) CaseStatus status,
        CaseStatus previousStatus,
        @JsonProperty(required = true) long version,
        @JsonProperty(required = true) @Rials BigInteger valueRials,
        @JsonProperty(required = true) @Count Integer violations,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Rials BigInteger penaltyRials,
        @JsonProperty(required = true) @IsoDate LocalDate effectiveDate) implements EventData {
}
