package ir.samt.units.unit;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ir.samt.contracts.EventType;
import ir.samt.contracts.units.UnitData;

/**
 * The unit events (docs/events.md): their types, and their {@code data} as the contract's
 * {@link UnitData} — the dimensions and amounts a consumer needs, so nobody has to call back, and no
 * personal data (no name, no holder ID). This service's enums are mapped onto the contract's by
 * exhaustive switches, so a value added here or renamed there is a compile error, not an event nobody
 * can read.
 */
public final class UnitEvents {

    public static final String AGGREGATE = "unit";
    public static final String REGISTERED = EventType.UNIT_REGISTERED.type();
    public static final String STAGNATED = EventType.UNIT_STAGNATED.type();
    public static final String REVIVED = EventType.UNIT_REVIVED.type();
    public static final String CLOSED = EventType.UNIT_CLOSED.type();

    private UnitEvents() {
    }

    /** A registration or a closure. */
    static UnitData data(Unit unit, UnitStatus previousStatus, LocalDate effectiveDate) {
        return data(unit.id, unit.kind, unit.guildGroup, unit.province, unit.county, unit.estateCode, unit.activityCode,
                unit.sector, unit.employees, unit.licenceNumber, unit.status, previousStatus, unit.changeNumber(),
                effectiveDate);
    }

    /** {@code reasons} in the order they are published. */
    static UnitData stagnated(Unit unit, UnitStatus previousStatus, LocalDate effectiveDate, List<StagnationReason> reasons) {
        return data(unit, previousStatus, effectiveDate).stagnated(reasons.stream().map(UnitEvents::reason).toList());
    }

    /** {@code supporters} in the order they are published. */
    static UnitData revived(Unit unit, UnitStatus previousStatus, LocalDate effectiveDate, List<Supporter> supporters,
            long newInvestmentRials, int jobsRestored) {
        return data(unit, previousStatus, effectiveDate).revived(supporters.stream().map(UnitEvents::supporter).toList(),
                BigInteger.valueOf(newInvestmentRials), jobsRestored);
    }

    /** For rows written without an entity (bulk import). */
    public static UnitData data(UUID id, UnitKind kind, GuildGroup guildGroup, String province, String county,
            String estateCode, String activityCode, String sector, int employees, String licenceNumber, UnitStatus status,
            UnitStatus previousStatus, long version, LocalDate effectiveDate) {
        return new UnitData(id, kind(kind), guildGroup(guildGroup), province, county, estateCode, activityCode, sector,
                employees, licenceNumber, status(status), status(previousStatus), version, effectiveDate);
    }

    private static ir.samt.contracts.units.UnitKind kind(UnitKind kind) {
        return switch (kind) {
            case INDUSTRIAL -> ir.samt.contracts.units.UnitKind.INDUSTRIAL;
            case GUILD -> ir.samt.contracts.units.UnitKind.GUILD;
        };
    }

    private static ir.samt.contracts.units.GuildGroup guildGroup(GuildGroup group) {
        if (group == null) {
            return null;
        }
        return switch (group) {
            case PRODUCTION_TECHNICAL -> ir.samt.contracts.units.GuildGroup.PRODUCTION_TECHNICAL;
            case DISTRIBUTION_SERVICES -> ir.samt.contracts.units.GuildGroup.DISTRIBUTION_SERVICES;
        };
    }

    private static ir.samt.contracts.units.UnitStatus status(UnitStatus status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case ACTIVE -> ir.samt.contracts.units.UnitStatus.ACTIVE;
            case STAGNANT -> ir.samt.contracts.units.UnitStatus.STAGNANT;
            case CLOSED -> ir.samt.contracts.units.UnitStatus.CLOSED;
        };
    }

    private static ir.samt.contracts.units.StagnationReason reason(StagnationReason reason) {
        return switch (reason) {
            case LIQUIDITY -> ir.samt.contracts.units.StagnationReason.LIQUIDITY;
            case RAW_MATERIALS -> ir.samt.contracts.units.StagnationReason.RAW_MATERIALS;
            case MACHINERY_TECHNOLOGY -> ir.samt.contracts.units.StagnationReason.MACHINERY_TECHNOLOGY;
            case MARKET -> ir.samt.contracts.units.StagnationReason.MARKET;
            case ENERGY -> ir.samt.contracts.units.StagnationReason.ENERGY;
            case CURRENCY -> ir.samt.contracts.units.StagnationReason.CURRENCY;
            case OTHER -> ir.samt.contracts.units.StagnationReason.OTHER;
        };
    }

    private static ir.samt.contracts.units.Supporter supporter(Supporter supporter) {
        return switch (supporter) {
            case SAMT -> ir.samt.contracts.units.Supporter.SAMT;
            case INDUSTRIAL_TOWNS_COMPANY -> ir.samt.contracts.units.Supporter.INDUSTRIAL_TOWNS_COMPANY;
            case GOVERNORATE -> ir.samt.contracts.units.Supporter.GOVERNORATE;
            case BANKS -> ir.samt.contracts.units.Supporter.BANKS;
            case OTHER -> ir.samt.contracts.units.Supporter.OTHER;
        };
    }
}
