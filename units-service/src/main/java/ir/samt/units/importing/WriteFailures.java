package ir.samt.units.importing;

import java.sql.SQLException;

import org.postgresql.util.PSQLException;

import ir.samt.platform.problem.DatabaseFailures;
import ir.samt.platform.problem.Problem;

/**
 * What a failed chunk write means for the import, read from the SQLState behind it: a deadlock is
 * written again, a refused value or row (class 22 data exception, class 23 integrity violation) is
 * that row's error, and anything else (no connection, pool timeout, shutdown: the database is
 * unavailable) stops the import, which {@code ProblemMappers} then answers with 503 and
 * {@code Retry-After}; re-sending the file completes it.
 */
final class WriteFailures {

    private WriteFailures() {
    }

    static boolean isDeadlockOrSerializationFailure(Throwable e) {
        return DatabaseFailures.isDeadlockOrSerializationFailure(e);
    }

    /** The database's refusal of a value or row behind {@code e}, or null if {@code e} is not one. */
    static SQLException dataRefusal(Throwable e) {
        return DatabaseFailures.dataRefusal(e);
    }

    /** {@code refusal} as the row's error: the field if PostgreSQL names its column, and PostgreSQL's own reason. */
    static ImportReport.RowError rowError(ValidRow row, SQLException refusal) {
        String field = DatabaseFailures.problemFor(refusal).map(Problem::errors)
                .filter(errors -> !errors.isEmpty()).map(errors -> errors.get(0).field()).orElse("row");
        String reason = refusal instanceof PSQLException p && p.getServerErrorMessage() != null
                ? p.getServerErrorMessage().getMessage()
                : refusal.getMessage();
        return new ImportReport.RowError(row.number(), row.draft().externalRef(), field,
                "passed every check but the database refused to store it: " + reason);
    }
}
