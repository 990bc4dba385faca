package ir.samt.stats.ingest;

import java.sql.SQLException;

import ir.samt.platform.problem.DatabaseFailures;

/**
 * Why applying a batch failed, which decides what the consumer does next.
 *
 * <ul>
 * <li>{@link #DATA_ERROR}: the database refused the data itself — SQLState class 22 (data exception:
 * a value too long, out of range, a character PostgreSQL text cannot hold) or 23 (integrity
 * constraint violation), or a sum that overflowed in Java ({@link ArithmeticException}). The same
 * events fail the same way on every retry, so retrying would stop the partition for good: the batch
 * is split until the event that causes it is found and dead-lettered.</li>
 * <li>{@link #TRANSIENT}: everything else — no connection (08xxx, connection refused), the server
 * shutting down or cancelling (57xxx), out of resources (53xxx), deadlock or serialization failure
 * (40xxx), read-only after a failover (25006), a pool that could not hand out a connection (no
 * SQLState), a failed commit. These say nothing about the events, so nothing is dead-lettered: the
 * batch is retried with back-off and the consumer holds its offsets meanwhile.</li>
 * </ul>
 *
 * Anything not positively recognised as a data error counts as transient on purpose: dead-lettering
 * valid events because of our own bug or an outage we did not foresee would silently lose them from
 * the totals, while a stalled partition shows in consumer lag and recovers once fixed. The platform's
 * {@code DatabaseFailures} draws the same line for HTTP (400 versus 503).
 */
public enum ApplyFailure {
    DATA_ERROR, TRANSIENT;

    public static ApplyFailure of(Throwable failure) {
        return dataError(failure) == null ? TRANSIENT : DATA_ERROR;
    }

    /** The reason a dead letter carries: the SQLState and the database's first line about it. */
    public static String reason(Throwable failure) {
        Throwable data = dataError(failure);
        if (data instanceof SQLException sql) {
            return "refused by the database (SQLState " + sql.getSQLState() + "): " + firstLine(sql.getMessage());
        }
        if (data != null) {
            return "cannot be summed: " + data.getMessage();
        }
        return firstLine(String.valueOf(failure));
    }

    /** The data error behind {@code failure}: the database's refusal of the data, or a sum that overflowed in Java. */
    private static Throwable dataError(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ArithmeticException) {
                return t;
            }
        }
        return DatabaseFailures.dataRefusal(failure);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
