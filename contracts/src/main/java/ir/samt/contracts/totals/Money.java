package ir.samt.contracts.totals;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An amount as stats-service shows it: exact rials as a string of digits, tomans (rials / 10) beside
 * them, and a Persian display text. The same shape as the services' API amounts (platform {@code Money},
 * which computes the three strings).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Money(String rials, String tomans, String display) {
}
