package ir.samt.units.unit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.samt.platform.calendar.JalaliDate;
import ir.samt.platform.money.Money;

@Schema(name = "UnitChange")
public record UnitChangeView(long version, UnitChange.Change change, UnitStatus status, LocalDate effectiveDate,
        @Schema(example = "1403/10/26") String effectiveDateJalali, List<String> reasons, List<String> supporters,
        Money newInvestment, Integer jobsRestored, String note, String actor, OffsetDateTime at, UUID eventId) {

    static UnitChangeView of(UnitChange c) {
        return new UnitChangeView(c.version, c.change, c.status, c.effectiveDate, JalaliDate.of(c.effectiveDate).toString(),
                split(c.reasons), split(c.supporters),
                c.newInvestmentRials == null ? null : Money.of(c.newInvestmentRials), c.jobsRestored, c.note, c.actor,
                c.at, c.eventId);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
