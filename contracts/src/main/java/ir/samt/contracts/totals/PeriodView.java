package ir.samt.contracts.totals;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import ir.samt.contracts.json.IsoDate;

/**
 * A period labelled both ways: ISO dates, both inclusive, and their Jalali rendering.
 *
 * @param kind  YEAR, MONTH or RANGE
 * @param label {@code 1404}, {@code 1404/01 Farvardin} or {@code 2025-03-21..2025-04-20}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PeriodView(String kind, String label, String labelFa, @IsoDate LocalDate from, @IsoDate LocalDate to,
        String fromJalali, String toJalali) {
}
