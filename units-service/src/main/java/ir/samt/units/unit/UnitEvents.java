package ir.samt.units.unit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code data} of the unit CloudEvents (docs/events.md): the dimensions and amounts a consumer
 * needs, so nobody has to call back, and no personal data (no name, no holder ID).
 */
public final class UnitEvents {

    public static final String AGGREGATE = "unit";
    public static final String REGISTERED = "ir.samt.unit.registered";
    public static final String STAGNATED = "ir.samt.unit.stagnated";
    public static final String REVIVED = "ir.samt.unit.revived";
    public static final String CLOSED = "ir.samt.unit.closed";

    private UnitEvents() {
    }

    static Map<String, Object> data(Unit unit, UnitStatus previousStatus, LocalDate effectiveDate) {
        return data(unit.id, unit.kind, unit.guildGroup, unit.province, unit.county, unit.estateCode, unit.activityCode,
                unit.sector, unit.employees, unit.licenceNumber, unit.status, previousStatus,
                unit.changeNumber(), effectiveDate);
    }

    /** For rows written without an entity (bulk import). */
    public static Map<String, Object> data(UUID id, UnitKind kind, GuildGroup guildGroup, String province, String county,
            String estateCode, String activityCode, String sector, int employees, String licenceNumber, UnitStatus status,
            UnitStatus previousStatus, long version, LocalDate effectiveDate) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("unitId", id.toString());
        data.put("kind", kind);
        data.put("guildGroup", guildGroup);
        data.put("province", province);
        data.put("county", county);
        data.put("estateCode", estateCode);
        data.put("activityCode", activityCode);
        data.put("sector", sector);
        data.put("employees", employees);
        data.put("licenceNumber", licenceNumber);
        data.put("status", status);
        data.put("previousStatus", previousStatus);
        data.put("version", version);
        data.put("effectiveDate", effectiveDate.toString());
        return data;
    }
}
