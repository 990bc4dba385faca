package ir.samt.contracts.totals;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import ir.samt.contracts.json.IsoDate;

/**
 * What exists at the end of a period (for the current year: now): active licences by kind, active
 * industrial and guild units, stagnant units, industrial towns and zones by kind; maps carry a
 * {@code total}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Stocks(@IsoDate LocalDate asOf, String asOfJalali, Map<String, Long> activeLicences,
        long activeIndustrialUnits, long activeGuildUnits, long stagnantUnits, Map<String, Long> estates) {
}
