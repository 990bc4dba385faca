package ir.samt.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A half-open range of Gregorian dates, [from, to). Half-open so consecutive months and years
 * meet without gaps or overlaps, which suits SQL {@code >= from AND < to}.
 */
public record DateRange(LocalDate fromInclusive, LocalDate toExclusive) {

    public DateRange {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        if (!fromInclusive.isBefore(toExclusive)) {
            throw new IllegalArgumentException("Empty range: " + fromInclusive + " .. " + toExclusive);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(fromInclusive) && date.isBefore(toExclusive);
    }
}
