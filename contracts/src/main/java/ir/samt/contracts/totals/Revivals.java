package ir.samt.contracts.totals;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Stagnant units revived in a period, the new investment that took and the jobs it restored. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Revivals(long count, Money newInvestment, long jobsRestored) {
}
