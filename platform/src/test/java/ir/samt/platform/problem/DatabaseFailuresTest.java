package ir.samt.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/**
 * Real PostgreSQL refusals, classified: what the boundary cannot see (a race on a unique key) is the
 * documented 409, a value the column refuses is a 400 naming the field, and an unreachable database
 * is a 503 to retry — never the generic 500. Uses the machine's PostgreSQL (SAMT_TEST_PG_* as elsewhere).
 */
class DatabaseFailuresTest {

    private static final String URL = "jdbc:postgresql://" + env("SAMT_TEST_PG_HOST", "127.0.0.1") + ":"
            + env("SAMT_TEST_PG_PORT", "5432") + "/postgres";

    @Test
    void aUniqueViolationIsA409NamingTheKeyFields() throws Exception {
        Throwable failure = refusal("CREATE TEMP TABLE t (external_ref TEXT UNIQUE)",
                "INSERT INTO t VALUES ('A')", "INSERT INTO t VALUES ('A')");
        Problem problem = DatabaseFailures.problemFor(new RuntimeException("wrapped", failure)).orElseThrow();
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("externalRef");
    }

    @Test
    void aValueTooLongForItsColumnIsA400() throws Exception {
        Throwable failure = refusal("CREATE TEMP TABLE t (holder_name VARCHAR(3))", "INSERT INTO t VALUES ('abcd')");
        assertThat(DatabaseFailures.problemFor(failure).orElseThrow().status()).isEqualTo(400);
    }

    @Test
    void aNulCharacterPostgresqlRefusesIsA400() throws Exception {
        Throwable failure;
        try (Connection c = DriverManager.getConnection(URL, env("SAMT_TEST_PG_USER", "postgres"), env("SAMT_TEST_PG_PASSWORD", ""));
                java.sql.PreparedStatement select = c.prepareStatement("SELECT ?::text")) {
            select.setString(1, "a\u0000b");
            failure = catchThrowable(select::executeQuery);
        }
        assertThat(failure).isInstanceOf(SQLException.class);
        // 22021 character_not_in_repertoire, or 22P05: either way the data, not the server, is at fault
        assertThat(DatabaseFailures.problemFor(failure).orElseThrow().status()).isEqualTo(400);
    }

    @Test
    void anUnreachableDatabaseIsA503() {
        Throwable failure = catchThrowable(() -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/postgres?connectTimeout=2", "postgres", ""));
        assertThat(failure).isInstanceOf(SQLException.class);
        Problem problem = DatabaseFailures.problemFor(failure).orElseThrow();
        assertThat(problem.status()).isEqualTo(503);
        assertThat(DatabaseFailures.isUnavailable(problem)).isTrue();
    }

    @Test
    void somethingElseIsNotADatabaseProblem() {
        assertThat(DatabaseFailures.problemFor(new IllegalStateException("bug"))).isEmpty();
    }

    @Test
    void columnNamesBecomeJsonFieldNames() {
        assertThat(DatabaseFailures.camelCase("external_ref")).isEqualTo("externalRef");
        assertThat(DatabaseFailures.camelCase("jobs")).isEqualTo("jobs");
    }

    private static Throwable refusal(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, env("SAMT_TEST_PG_USER", "postgres"), env("SAMT_TEST_PG_PASSWORD", ""));
                Statement s = c.createStatement()) {
            for (int i = 0; i < statements.length - 1; i++) {
                s.execute(statements[i]);
            }
            return catchThrowable(() -> s.execute(statements[statements.length - 1]));
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
