package ir.samt.units.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import ir.samt.platform.calendar.DateInput;
import ir.samt.platform.persian.PersianText;
import ir.samt.platform.text.TextInput;
import ir.samt.units.unit.GuildGroup;
import ir.samt.units.unit.RegisterUnitRequest;
import ir.samt.units.unit.UnitKind;

/**
 * Reads one import row into a {@link RegisterUnitRequest} by the same input rules as a JSON body of
 * {@code POST /units}: every field through {@link TextInput} (so bean validation, {@code @Size}
 * included, sees the stored form, and a control character is refused), the date through
 * {@link DateInput}. What cannot be read is a row error naming the field, never a failure of the import.
 */
final class RowParser {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,9}");

    /** The request, or the errors that prevented it (never both). */
    record Parsed(RegisterUnitRequest request, List<ImportReport.RowError> errors) {
    }

    private RowParser() {
    }

    static Parsed parse(ImportRow row) {
        if (row.unreadable() != null) {
            return refused(new ImportReport.RowError(row.number(), null, row.unreadableField(), row.unreadable()));
        }
        List<ImportReport.RowError> errors = new ArrayList<>();
        Map<String, String> text = new HashMap<>();
        // the row's key goes into every error of the row, unless it is the field at fault
        String rawRef = row.fields().get("externalRef");
        String ref = TextInput.problemOf(rawRef) == null ? blankToNull(TextInput.clean(rawRef)) : null;
        for (String column : ImportColumns.ALL) {
            String sourceProblem = row.refusedFields().get(column);
            String raw = row.fields().get(column);
            String problem = sourceProblem != null ? sourceProblem : TextInput.problemOf(raw);
            if (problem != null) {
                errors.add(new ImportReport.RowError(row.number(), ref, column, problem));
            } else {
                text.put(column, blankToNull(TextInput.clean(raw)));
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        if (ref == null) {
            errors.add(new ImportReport.RowError(row.number(), null, "externalRef",
                    "is required: it identifies the row so that a re-import changes nothing"));
        }
        UnitKind kind = parseEnum(UnitKind.class, text.get("kind"), "kind", row, ref, errors);
        GuildGroup group = parseEnum(GuildGroup.class, text.get("guildGroup"), "guildGroup", row, ref, errors);
        Integer employees = null;
        if (text.get("employees") != null) {
            String digits = PersianText.toAsciiDigits(text.get("employees"));
            if (WHOLE_NUMBER.matcher(digits).matches()) {
                employees = Integer.parseInt(digits);
            } else {
                errors.add(new ImportReport.RowError(row.number(), ref, "employees", "must be a whole number"));
            }
        }
        LocalDate registeredOn = null;
        if (text.get("registeredOn") != null) {
            try {
                registeredOn = DateInput.parse(text.get("registeredOn"));
            } catch (IllegalArgumentException e) {
                errors.add(new ImportReport.RowError(row.number(), ref, "registeredOn", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        return new Parsed(new RegisterUnitRequest(kind, group, text.get("name"), text.get("nationalId"), text.get("province"),
                text.get("county"), text.get("estateCode"), text.get("activityCode"), employees, text.get("licenceNumber"),
                registeredOn, ref), List.of());
    }

    private static Parsed refused(ImportReport.RowError error) {
        return new Parsed(null, List.of(error));
    }

    /** Blank after normalisation is absent, as an empty CSV cell is: required fields then say "must not be null/blank". */
    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, ImportRow row, String ref,
            List<ImportReport.RowError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new ImportReport.RowError(row.number(), ref, field,
                    "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
