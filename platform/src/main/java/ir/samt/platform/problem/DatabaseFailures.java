package ir.samt.platform.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What the database refused, as the problem the API documents: the boundary checks come first, but a
 * race (two requests with the same {@code externalRef}) or a rule only PostgreSQL knows can still end
 * in a refused statement, and a database that is briefly unreachable must tell clients to retry.
 *
 * <ul>
 * <li>unique violation (23505) → 409 {@code duplicate}, naming the fields of the key;</li>
 * <li>other integrity and data errors (class 23 and 22) → 400 {@code invalid-request};</li>
 * <li>deadlock or serialization failure (40P01, 40001) → 409 {@code concurrent-change};</li>
 * <li>no connection, shutdown, failover to a read-only node, a cancelled statement, a pool that
 *     could not hand out a connection → 503 {@code database-unavailable} with {@code Retry-After}.</li>
 * </ul>
 */
public final class DatabaseFailures {

    /** Seconds a client should wait before retrying while the database is unavailable. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Pattern KEY_COLUMNS = Pattern.compile("Key \\(([^)]*)\\)=");

    private DatabaseFailures() {
    }

    /** The problem for {@code failure} if a database refusal or outage lies behind it. */
    public static Optional<Problem> problemFor(Throwable failure) {
        SQLException refused = dataRefusal(failure);
        if (refused != null) {
            return classify(refused); // the server's own error, not the batch wrapper around it
        }
        for (SQLException sql : sqlExceptions(failure)) {
            Optional<Problem> problem = classify(sql);
            if (problem.isPresent()) {
                return problem;
            }
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return Optional.of(unavailable());
            }
        }
        return Optional.empty();
    }

    public static boolean isUnavailable(Problem problem) {
        return problem.status() == 503;
    }

    /**
     * The database's refusal of the data itself behind {@code failure} — SQLState class 22 (data
     * exception) or 23 (integrity violation) — or null. Looks through causes and JDBC's chained
     * exceptions and returns the innermost, because a failed JDBC batch ("Batch entry 0 ... was
     * aborted") chains the server's own error, which says what was wrong. Retrying the same data fails
     * the same way, so callers isolate it (a row error, a dead letter) instead of retrying.
     */
    public static SQLException dataRefusal(Throwable failure) {
        SQLException found = null;
        for (SQLException sql : sqlExceptions(failure)) {
            if (sql.getSQLState() != null && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                found = sql;
            }
        }
        return found;
    }

    /** Whether a deadlock or serialization failure (40P01, 40001) lies behind {@code failure}: worth retrying at once. */
    public static boolean isDeadlockOrSerializationFailure(Throwable failure) {
        return sqlExceptions(failure).stream().anyMatch(sql -> "40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()));
    }

    /** Every SQLException in the cause chains of {@code failure}, including JDBC's next exceptions, outermost first. */
    private static List<SQLException> sqlExceptions(Throwable failure) {
        List<SQLException> found = new java.util.ArrayList<>();
        java.util.Deque<Throwable> pending = new java.util.ArrayDeque<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException sql) {
                found.add(sql);
                if (sql.getNextException() != null) {
                    pending.add(sql.getNextException());
                }
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
        }
        return found;
    }

    private static Optional<Problem> classify(SQLException e) {
        String state = e.getSQLState();
        if (e instanceof SQLTransientConnectionException || state == null && isPoolTimeout(e)) {
            return Optional.of(unavailable());
        }
        if (state == null) {
            return Optional.empty();
        }
        if ("23505".equals(state)) {
            List<String> fields = keyFields(e);
            String which = fields.isEmpty() ? "the same key" : "the same " + String.join(", ", fields);
            Problem p = Problem.of(409, "duplicate", "Duplicate", "A record with " + which + " already exists");
            return Optional.of(fields.isEmpty() ? p
                    : p.withErrors(fields.stream().map(f -> new Problem.FieldError(f, "is already taken")).toList()));
        }
        if ("40P01".equals(state) || "40001".equals(state)) {
            return Optional.of(Problem.of(409, "concurrent-change", "Concurrent change",
                    "Someone else changed related records at the same time; retry"));
        }
        if (state.startsWith("23") || state.startsWith("22")) {
            String column = column(e);
            String message = state.equals("22001") ? "is too long" : "cannot be stored as given";
            Problem p = Problem.of(400, "invalid-request", "Invalid request",
                    (column != null ? column + ": " : "") + message);
            return Optional.of(column == null ? p : p.withErrors(List.of(new Problem.FieldError(column, message))));
        }
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57") || "25006".equals(state)) {
            // connection lost, out of connections/resources, shutting down or cancelled, read-only after failover
            return Optional.of(unavailable());
        }
        return Optional.empty();
    }

    private static Problem unavailable() {
        return Problem.of(503, "database-unavailable", "Database unavailable",
                "The database is briefly unavailable; retry after " + RETRY_AFTER_SECONDS + " seconds");
    }

    private static boolean isPoolTimeout(SQLException e) {
        String message = e.getMessage();
        return message != null && (message.contains("Acquisition timeout") || message.contains("Unable to acquire"));
    }

    private static String column(SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        return server == null || server.getColumn() == null ? null : camelCase(server.getColumn());
    }

    private static List<String> keyFields(SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String detail = server == null ? null : server.getDetail();
        Matcher m = detail == null ? null : KEY_COLUMNS.matcher(detail);
        if (m == null || !m.find()) {
            return List.of();
        }
        return Arrays.stream(m.group(1).split(",")).map(String::strip).map(DatabaseFailures::camelCase)
                .collect(Collectors.toList());
    }

    /** {@code external_ref} → {@code externalRef}: callers know the JSON names, not the columns. */
    static String camelCase(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
