package ir.samt.platform.importing;

import java.sql.SQLException;

import org.postgresql.util.PSQLException;

import ir.samt.platform.problem.DatabaseFailures;
import ir.samt.platform.problem.Problem;

/**
 * A row the database refused ({@link DatabaseFailures#dataRefusal}) as that row's error in the report.
 * ChunkPipeline decides from the same class what a failed write means: a deadlock is written again, a
 * refused value or row is isolated down to its row, and anything else (the database unavailable) stops
 * the import, which {@code ProblemMappers} answers with 503 and {@code Retry-After}; re-sending completes it.
 */
final class WriteFailures {

    private WriteFailures() {
    }

    /** {@code refusal} as the row's error: the field if PostgreSQL names its column, and PostgreSQL's own reason. */
    static ImportReport.RowError rowError(ValidRow<?> row, SQLException refusal) {
        String field = DatabaseFailures.problemFor(refusal).map(Problem::errors)
                .filter(errors -> !errors.isEmpty()).map(errors -> errors.get(0).field()).orElse("row");
        String reason = refusal instanceof PSQLException p && p.getServerErrorMessage() != null
                ? p.getServerErrorMessage().getMessage()
                : refusal.getMessage();
        return new ImportReport.RowError(row.number(), row.externalRef(), field,
                "passed every check but the database refused to store it: " + reason);
    }
}
