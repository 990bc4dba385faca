package ir.samt.contracts.totals;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Licences issued, renewed, revoked or expired in a period: how many, their fixed investment and jobs,
 * split by kind (ESTABLISHMENT, OPERATING, GUILD) and, within a kind that has one, by scope (NEW,
 * EXPANSION). A split that does not apply is left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Flow(long count, Money fixedInvestment, long jobs, Map<String, Flow> byKind, Map<String, Flow> byScope) {
}
