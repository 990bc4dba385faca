package ir.samt.units.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import ir.samt.platform.persian.PersianText;
import ir.samt.platform.problem.Problem;
import ir.samt.platform.province.Province;
import ir.samt.platform.sector.Sector;

/**
 * The checks on a registration that bean validation cannot express, shared by the single POST and
 * the bulk import so both accept exactly the same units. Run them after bean validation passed.
 */
public final class UnitRules {

    private static final Pattern LICENCE_NUMBER = Pattern.compile("[0-9]{2}-[0-9]{4}-[0-9]{6}");

    private UnitRules() {
    }

    /**
     * @param estateProvince the province of an estate code, empty if no such estate exists
     * @return every violation found, empty if the request is acceptable
     */
    public static List<Problem.FieldError> check(RegisterUnitRequest r, Function<String, Optional<String>> estateProvince,
            LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String province = Province.byCode(r.province()).map(Province::code).orElse(r.province());
        if (Sector.ofActivityCode(r.activityCode()).isEmpty()) {
            errors.add(new Problem.FieldError("activityCode", "must be 4 to 10 digits starting with a known ISIC Rev.3 division"));
        }
        if (r.kind() == UnitKind.GUILD && r.guildGroup() == null) {
            errors.add(new Problem.FieldError("guildGroup",
                    "is required for a guild unit (PRODUCTION_TECHNICAL or DISTRIBUTION_SERVICES)"));
        }
        if (r.kind() == UnitKind.INDUSTRIAL && r.guildGroup() != null) {
            errors.add(new Problem.FieldError("guildGroup", "applies to guild units only"));
        }
        String estate = blankToNull(r.estateCode());
        if (estate != null) {
            Optional<String> of = estateProvince.apply(estate.toUpperCase());
            if (of.isEmpty()) {
                errors.add(new Problem.FieldError("estateCode", "no industrial town or zone has the code " + estate));
            } else if (!of.get().equals(province)) {
                errors.add(new Problem.FieldError("estateCode", "is in " + of.get() + ", not in the unit's province " + province));
            }
        }
        String licence = licenceNumber(r.licenceNumber());
        if (licence != null) {
            if (!LICENCE_NUMBER.matcher(licence).matches()) {
                errors.add(new Problem.FieldError("licenceNumber", "must look like 25-1404-000123"));
            } else if (!licence.startsWith(province.substring(3) + "-")) {
                errors.add(new Problem.FieldError("licenceNumber", "must be a licence of the unit's province "
                        + province + " (starting " + province.substring(3) + "-)"));
            }
        }
        if (r.registeredOn() != null) {
            if (r.registeredOn().isAfter(today)) {
                errors.add(new Problem.FieldError("registeredOn", "must not be in the future"));
            } else if (r.registeredOn().isBefore(Unit.EARLIEST)) {
                errors.add(new Problem.FieldError("registeredOn", "must be in 1358 (1979) or later"));
            }
        }
        return errors;
    }

    static String licenceNumber(String raw) {
        String value = blankToNull(raw);
        return value == null ? null : PersianText.toAsciiDigits(value).strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
