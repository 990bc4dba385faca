package ir.samt.stats.query;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Figures of one area over one period, by metric name ({@link ir.samt.stats.projection.Metric}):
 * flows summed over the period, stocks summed over every delta before the period's end.
 */
public final class Totals {

    /**
     * Exact sums: rials as BigInteger because two contract-valid amounts may already exceed a long;
     * counts and jobs as longs with checked additions (they cannot realistically reach 2^63, and if
     * they did the read fails rather than answering a wrapped-around figure).
     */
    public record Sum(long count, BigInteger amount, long jobs) {
        static final Sum ZERO = new Sum(0, BigInteger.ZERO, 0);

        Sum plus(Sum other) {
            return new Sum(Math.addExact(count, other.count), amount.add(other.amount),
                    Math.addExact(jobs, other.jobs));
        }
    }

    private final Map<String, Sum> metrics = new HashMap<>();

    public void add(String metric, long count, BigInteger amount, long jobs) {
        metrics.merge(metric, new Sum(count, amount, jobs), Sum::plus);
    }

    public void addAll(Totals other) {
        other.metrics.forEach((metric, sum) -> metrics.merge(metric, sum, Sum::plus));
    }

    public void forEach(java.util.function.BiConsumer<String, Sum> action) {
        metrics.forEach(action);
    }

    public boolean isEmpty() {
        return metrics.isEmpty();
    }

    /** The sum over every metric whose name matches, e.g. all kinds of issued licences. */
    public Sum sum(Predicate<String> metric) {
        Sum total = Sum.ZERO;
        for (Map.Entry<String, Sum> entry : metrics.entrySet()) {
            if (metric.test(entry.getKey())) {
                total = total.plus(entry.getValue());
            }
        }
        return total;
    }

    public Sum prefix(String prefix) {
        return sum(m -> m.startsWith(prefix));
    }

    public long count(String prefix) {
        return prefix(prefix).count();
    }

    /** Only the stock deltas: the opening balance a month-by-month breakdown starts from. */
    public Totals stocksOnly() {
        Totals stocks = new Totals();
        metrics.forEach((metric, sum) -> {
            if (ir.samt.stats.projection.Metric.isStock(metric)) {
                stocks.metrics.put(metric, sum);
            }
        });
        return stocks;
    }
}
