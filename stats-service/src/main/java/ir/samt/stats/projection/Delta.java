package ir.samt.stats.projection;

import java.math.BigInteger;

/**
 * One change an event makes to one metric: a count (signed for stocks), rials and jobs. Rials are a
 * BigInteger because the contract allows amounts up to 19 digits, more than a {@code long} holds.
 */
public record Delta(String metric, long count, BigInteger amountRials, long jobs) {

    public static Delta count(String metric, long count) {
        return new Delta(metric, count, BigInteger.ZERO, 0);
    }
}
