package ir.samt.stats.projection;

/** One change an event makes to one metric: a count (signed for stocks), rials and jobs. */
public record Delta(String metric, long count, long amountRials, long jobs) {

    public static Delta count(String metric, long count) {
        return new Delta(metric, count, 0, 0);
    }
}
