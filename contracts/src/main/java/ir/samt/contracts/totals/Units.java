package ir.samt.contracts.totals;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A period's unit flows: registrations and closures by kind (INDUSTRIAL, GUILD), stagnations, revivals. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Units(Map<String, Long> registered, Map<String, Long> closed, Stagnations stagnations,
        Revivals revivals) {
}
