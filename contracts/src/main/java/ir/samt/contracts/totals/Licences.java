package ir.samt.contracts.totals;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A period's licence flows. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Licences(Flow issued, Flow renewed, Flow revoked, Flow expired) {
}
