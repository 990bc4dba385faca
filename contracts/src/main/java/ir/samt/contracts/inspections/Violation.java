package ir.samt.contracts.inspections;

import java.math.BigInteger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import ir.samt.contracts.json.Rials;

/** One violation found on a visit; {@code amountRials} is null where the type has no amount (no price list posted). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Violation(
        @JsonProperty(required = true) ViolationType type,
        @Rials BigInteger amountRials) {
}
