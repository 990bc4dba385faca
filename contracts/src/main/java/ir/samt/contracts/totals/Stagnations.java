package ir.samt.contracts.totals;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Units that stagnated in a period, by kind and by reason (a unit with two reasons counts under both). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Stagnations(long count, Map<String, Long> byKind, Map<String, Long> byReason) {
}
