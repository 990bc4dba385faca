package ir.samt.platform.money;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount as every API shows it: exact rials as a string of digits (the int64-as-string JSON
 * convention, so JavaScript consumers lose nothing), tomans beside it, and a Persian display text.
 */
@Schema(name = "Money")
public record Money(
        @Schema(description = "Exact integer rials", example = "140000000000000") String rials,
        @Schema(description = "rials / 10", example = "14000000000000") String tomans,
        @Schema(example = "۱۴٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰ تومان") String display) {

    public static Money of(long rials) {
        return new Money(Long.toString(rials), Rials.tomans(rials), Rials.display(rials));
    }

    /** Sums over many records can pass 2^63 rials; they stay exact. */
    public static Money of(BigInteger rials) {
        if (rials.bitLength() < 63) {
            return of(rials.longValueExact());
        }
        String tomans = new BigDecimal(rials).movePointLeft(1).stripTrailingZeros().toPlainString();
        return new Money(rials.toString(), tomans, tomans + " تومان");
    }
}
