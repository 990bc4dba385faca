package ir.samt.contracts.units;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import ir.samt.contracts.EventData;
import ir.samt.contracts.json.Count;
import ir.samt.contracts.json.IsoDate;
import ir.samt.contracts.json.Rials;

/**
 * The {@code data} of every unit event on {@code samt.units.v1}: {@code ir.samt.unit.registered},
 * {@code .stagnated}, {@code .revived}, {@code .closed} (docs/events.md, {@code UnitData} in
 * docs/asyncapi.yaml). The dimensions and amounts a consumer needs, and no personal data (no name, no
 * holder ID).
 *
 * <p>Written field by field in this order, nulls included, except the last four, which only their event
 * carries: {@code reasons} a stagnation, the rest a revival ({@link #stagnated}, {@link #revived}).
 * {@code required} marks what the schema requires; unknown fields are ignored on reading.
 *
 * @param version       the unit's version after the change, 1 on registration
 * @param effectiveDate the registration, stagnation, revival or closure date
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitData(
        @JsonProperty(required = true) UUID unitId,
        @JsonProperty(required = true) UnitKind kind,
        GuildGroup guildGroup,
        @JsonProperty(required = true) String province,
        @JsonProperty(required = true) String county,
        String estateCode,
        @JsonProperty(required = true) String activityCode,
        @JsonProperty(required = true) String sector,
        @JsonProperty(required = true) @Count Integer employees,
        String licenceNumber,
        @JsonProperty(required = true) UnitStatus status,
        UnitStatus previousStatus,
        @JsonProperty(required = true) long version,
        @JsonProperty(required = true) @IsoDate LocalDate effectiveDate,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<StagnationReason> reasons,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Supporter> supporters,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Rials BigInteger newInvestmentRials,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Count Integer jobsRestored) implements EventData {

    /** The data of a unit event that carries nothing of a stagnation or revival. */
    public UnitData(UUID unitId, UnitKind kind, GuildGroup guildGroup, String province, String county, String estateCode,
            String activityCode, String sector, Integer employees, String licenceNumber, UnitStatus status,
            UnitStatus previousStatus, long version, LocalDate effectiveDate) {
        this(unitId, kind, guildGroup, province, county, estateCode, activityCode, sector, employees, licenceNumber,
                status, previousStatus, version, effectiveDate, null, null, null, null);
    }

    /** The same data with the reasons of a stagnation. */
    public UnitData stagnated(List<StagnationReason> reasons) {
        return new UnitData(unitId, kind, guildGroup, province, county, estateCode, activityCode, sector, employees,
                licenceNumber, status, previousStatus, version, effectiveDate, reasons, null, null, null);
    }

    /** The same data with who supported a revival, the new investment and the jobs it restored. */
    public UnitData revived(List<Supporter> supporters, BigInteger newInvestmentRials, Integer jobsRestored) {
        return new UnitData(unitId, kind, guildGroup, province, county, estateCode, activityCode, sector, employees,
                licenceNumber, status, previousStatus, version, effectiveDate, null, supporters, newInvestmentRials,
                jobsRestored);
    }
}
