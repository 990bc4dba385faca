package ir.samt.units.importing;

import java.time.LocalDate;
import java.util.List;

import ir.samt.platform.importing.ImportColumns;
import ir.samt.platform.importing.ImportReport;
import ir.samt.platform.importing.ImportRow;
import ir.samt.platform.importing.RowFields;
import ir.samt.units.unit.GuildGroup;
import ir.samt.units.unit.RegisterUnitRequest;
import ir.samt.units.unit.UnitKind;

/**
 * Reads one import row into a {@link RegisterUnitRequest} by the same input rules as a JSON body of
 * {@code POST /units} ({@link RowFields}). What cannot be read is a row error naming the field, never a
 * failure of the import.
 */
final class RowParser {

    /** The columns of a CSV import and the fields of an NDJSON import line: those of RegisterUnitRequest. */
    static final ImportColumns COLUMNS = new ImportColumns(
            List.of("externalRef", "kind", "guildGroup", "name", "nationalId", "province", "county", "estateCode",
                    "activityCode", "employees", "licenceNumber", "registeredOn"),
            List.of("externalRef", "kind", "name", "nationalId", "province", "county", "activityCode", "employees"));

    /** The request, or the errors that prevented it (never both). */
    record Parsed(RegisterUnitRequest request, List<ImportReport.RowError> errors) {
    }

    private RowParser() {
    }

    static Parsed parse(ImportRow row) {
        RowFields fields = RowFields.read(row, COLUMNS, "externalRef");
        if (!fields.errors().isEmpty()) {
            return new Parsed(null, fields.errors());
        }
        if (fields.ref() == null) {
            fields.error("externalRef", "is required: it identifies the row so that a re-import changes nothing");
        }
        UnitKind kind = fields.enumValue(UnitKind.class, "kind");
        GuildGroup group = fields.enumValue(GuildGroup.class, "guildGroup");
        Integer employees = fields.wholeNumber("employees");
        LocalDate registeredOn = fields.date("registeredOn");
        if (!fields.errors().isEmpty()) {
            return new Parsed(null, fields.errors());
        }
        return new Parsed(new RegisterUnitRequest(kind, group, fields.text("name"), fields.text("nationalId"),
                fields.text("province"), fields.text("county"), fields.text("estateCode"), fields.text("activityCode"),
                employees, fields.text("licenceNumber"), registeredOn, fields.ref()), List.of());
    }
}
