package ir.samt.platform.importing;

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

/**
 * One import row's fields read by the same input rules as a JSON body: every field through
 * {@link TextInput} (so bean validation, {@code @Size} included, sees the stored form, and a control
 * character is refused), numbers with Persian digits accepted, dates through {@link DateInput}. What
 * cannot be read is an error naming the row, its key and the field, never a failure of the import.
 * Blank after normalisation is absent, as an empty CSV cell is: required fields then say so.
 */
public final class RowFields {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,9}");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,18}");

    private final ImportRow row;
    private final String ref;
    private final Map<String, String> text = new HashMap<>();
    private final List<ImportReport.RowError> errors = new ArrayList<>();

    private RowFields(ImportRow row, String ref) {
        this.row = row;
        this.ref = ref;
    }

    /**
     * Reads every column of {@code columns}; {@link #errors()} then holds what could not be read as text.
     *
     * @param keyColumn the column whose value names the row in every error (its externalRef)
     */
    public static RowFields read(ImportRow row, ImportColumns columns, String keyColumn) {
        if (row.unreadable() != null) {
            RowFields fields = new RowFields(row, null);
            fields.errors.add(new ImportReport.RowError(row.number(), null, row.unreadableField(), row.unreadable()));
            return fields;
        }
        String rawRef = row.fields().get(keyColumn);
        String ref = TextInput.problemOf(rawRef) == null ? blankToNull(TextInput.clean(rawRef)) : null;
        RowFields fields = new RowFields(row, ref);
        for (String column : columns.all()) {
            String sourceProblem = row.refusedFields().get(column);
            String raw = row.fields().get(column);
            String problem = sourceProblem != null ? sourceProblem : TextInput.problemOf(raw);
            if (problem != null) {
                fields.error(column, problem);
            } else {
                fields.text.put(column, blankToNull(TextInput.clean(raw)));
            }
        }
        return fields;
    }

    /** The row's key (its externalRef), or null when it has none or it could not be read. */
    public String ref() {
        return ref;
    }

    public long number() {
        return row.number();
    }

    public List<ImportReport.RowError> errors() {
        return errors;
    }

    public void error(String field, String message) {
        errors.add(new ImportReport.RowError(row.number(), ref, field, message));
    }

    /** The field's text in its stored form, or null when absent or blank. */
    public String text(String column) {
        return text.get(column);
    }

    /** The constant the field names (case ignored), or null when absent; anything else is the field's error. */
    public <E extends Enum<E>> E enumValue(Class<E> type, String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(column, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** A whole number of at most nine digits (bean validation checks its range), or null when absent. */
    public Integer wholeNumber(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        String digits = PersianText.toAsciiDigits(value);
        if (!WHOLE_NUMBER.matcher(digits).matches()) {
            error(column, "must be a whole number");
            return null;
        }
        return Integer.parseInt(digits);
    }

    /** An amount of money in rials: digits only, as the API's money strings (no sign, no separators). */
    public Long rials(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        String digits = PersianText.toAsciiDigits(value);
        if (!AMOUNT.matcher(digits).matches()) {
            error(column, "must be an amount in rials: digits only, at most 18");
            return null;
        }
        return Long.parseLong(digits);
    }

    /** An ISO (2025-05-10) or Jalali (1403/11/02) date, or null when absent. */
    public LocalDate date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return DateInput.parse(value);
        } catch (IllegalArgumentException e) {
            error(column, e.getMessage());
            return null;
        }
    }

    /** Dates separated by {@code ;} (a CSV cell holds several), each as {@link #date}; empty when absent. */
    public List<LocalDate> dates(String column) {
        String value = text(column);
        if (value == null) {
            return List.of();
        }
        List<LocalDate> dates = new ArrayList<>();
        for (String part : value.split(";", -1)) {
            try {
                dates.add(DateInput.parse(part.strip()));
            } catch (IllegalArgumentException e) {
                error(column, "'" + part.strip() + "': " + e.getMessage() + " (several dates are separated by ';')");
                return List.of();
            }
        }
        return dates;
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
