package ir.samt.stats.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;

/**
 * The classifier that decides between "split and dead-letter" and "retry with back-off", pointed at
 * real failures of the real PostgreSQL driver and pool: an outage must never be taken for poison.
 */
class ApplyFailureTest {

    private static final String HOST = env("SAMT_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("SAMT_TEST_PG_PORT", "5432");
    private static final String USER = env("SAMT_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("SAMT_TEST_PG_PASSWORD", "");
    private static final String URL = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";

    @Test
    void aRefusedConnectionIsTransient() {
        Throwable refused = catchThrowable(() -> DriverManager
                .getConnection("jdbc:postgresql://127.0.0.1:1/stats?connectTimeout=2", USER, PASSWORD).close());

        assertThat(refused).isInstanceOf(SQLException.class);
        assertThat(((SQLException) refused).getSQLState()).startsWith("08");
        assertThat(ApplyFailure.of(refused)).isEqualTo(ApplyFailure.TRANSIENT);
        // as the apply transaction reports it: wrapped
        assertThat(ApplyFailure.of(new IllegalStateException("commit failed", refused)))
                .isEqualTo(ApplyFailure.TRANSIENT);
    }

    @Test
    void aConnectionTheServerTerminatedIsTransient() throws SQLException {
        try (Connection victim = connect(); Connection admin = connect(); Statement s = admin.createStatement()) {
            int pid;
            try (var rs = victim.createStatement().executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            s.execute("SELECT pg_terminate_backend(" + pid + ")");

            Throwable terminated = catchThrowable(() -> victim.createStatement().execute("SELECT 1"));

            assertThat(terminated).isInstanceOf(SQLException.class);
            assertThat(((SQLException) terminated).getSQLState()).matches("57P01|08.*");
            assertThat(ApplyFailure.of(terminated)).isEqualTo(ApplyFailure.TRANSIENT);
        }
    }

    @Test
    void aCancelledStatementIsTransient() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SET statement_timeout = 50");

            Throwable cancelled = catchThrowable(() -> s.execute("SELECT pg_sleep(5)"));

            assertThat(((SQLException) cancelled).getSQLState()).isEqualTo("57014");
            assertThat(ApplyFailure.of(cancelled)).isEqualTo(ApplyFailure.TRANSIENT);
        }
    }

    @Test
    // 2 s: opening the first connection on a loaded 2-core machine took longer than 100 ms
    void aPoolThatCannotHandOutAConnectionIsTransient() throws SQLException {
        try (AgroalDataSource pool = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(p -> p.maxSize(1).acquisitionTimeout(Duration.ofSeconds(2))
                        .connectionFactoryConfiguration(f -> f.jdbcUrl(URL).principal(new NamePrincipal(USER))
                                .credential(new SimplePassword(PASSWORD)))));
                Connection held = pool.getConnection()) {
            assertThat(held.isValid(1)).isTrue();

            Throwable timeout = catchThrowable(() -> pool.getConnection().close());

            assertThat(timeout).isInstanceOf(SQLException.class);
            assertThat(ApplyFailure.of(timeout)).isEqualTo(ApplyFailure.TRANSIENT);
        }
    }

    /** Raised by the server with the exact SQLState a deadlock, failover, shutdown... would carry. */
    @ParameterizedTest
    @ValueSource(strings = { "40P01", "40001", "25006", "53300", "57P01", "57P03", "08006", "55P03" })
    void deadlocksFailoversAndShutdownsAreTransient(String sqlState) throws SQLException {
        Throwable failure = raised(sqlState);

        assertThat(((SQLException) failure).getSQLState()).isEqualTo(sqlState);
        assertThat(ApplyFailure.of(failure)).isEqualTo(ApplyFailure.TRANSIENT);
    }

    @Test
    void anUnrecognisedFailureIsRetriedNotDeadLettered() {
        assertThat(ApplyFailure.of(new IllegalStateException("something we did not foresee")))
                .isEqualTo(ApplyFailure.TRANSIENT);
    }

    @Test
    void valuesTheDatabaseCannotStoreAreDataErrors() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE t (name VARCHAR(5) NOT NULL, n BIGINT)");
            Throwable tooLong = catchThrowable(() -> s.execute("INSERT INTO t VALUES ('abcdefgh', 1)"));
            Throwable overflow = catchThrowable(() -> s.execute("SELECT 9223372036854775807::bigint + 1"));
            Throwable missing = catchThrowable(() -> s.execute("INSERT INTO t VALUES (NULL, 1)"));
            Throwable nul = catchThrowable(() -> {
                try (var insert = c.prepareStatement("INSERT INTO t VALUES (?, 1)")) {
                    insert.setString(1, "a\u0000b");
                    insert.execute();
                }
            });

            assertThat(((SQLException) tooLong).getSQLState()).isEqualTo("22001");
            assertThat(((SQLException) overflow).getSQLState()).isEqualTo("22003");
            assertThat(((SQLException) missing).getSQLState()).isEqualTo("23502");
            assertThat(((SQLException) nul).getSQLState()).startsWith("22");
            for (Throwable dataError : new Throwable[] { tooLong, overflow, missing, nul }) {
                assertThat(ApplyFailure.of(dataError)).isEqualTo(ApplyFailure.DATA_ERROR);
                assertThat(ApplyFailure.of(new RuntimeException(dataError))).isEqualTo(ApplyFailure.DATA_ERROR);
            }
            assertThat(ApplyFailure.reason(overflow)).startsWith("refused by the database (SQLState 22003)");
        }
    }

    @Test
    void aSumThatOverflowsInJavaIsADataError() {
        Throwable overflow = catchThrowable(() -> Math.addExact(Long.MAX_VALUE, 1));

        assertThat(ApplyFailure.of(overflow)).isEqualTo(ApplyFailure.DATA_ERROR);
    }

    private static Throwable raised(String sqlState) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            return catchThrowable(() -> s.execute(
                    "DO $$ BEGIN RAISE EXCEPTION 'simulated' USING ERRCODE = '" + sqlState + "'; END $$"));
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
