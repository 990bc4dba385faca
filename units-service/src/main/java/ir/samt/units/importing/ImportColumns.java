package ir.samt.units.importing;

import java.util.List;

/** The columns of a CSV import and the fields of an NDJSON import line: those of RegisterUnitRequest. */
final class ImportColumns {

    static final List<String> ALL = List.of("externalRef", "kind", "guildGroup", "name", "nationalId", "province", "county",
            "estateCode", "activityCode", "employees", "licenceNumber", "registeredOn");
    static final List<String> REQUIRED = List.of("externalRef", "kind", "name", "nationalId", "province", "county",
            "activityCode", "employees");

    private ImportColumns() {
    }
}
