package ir.samt.stats;

import static io.restassured.RestAssured.given;
import static ir.samt.stats.ContractEvents.issued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A batch whose statement the server cancels (57014) and then whose connection the server kills
 * (57P01, as in a restart or failover) is retried until it commits: counted once, never dead-lettered.
 * The failures are real: the batch is held on a table lock, and its backend is cancelled, then terminated.
 */
@QuarkusTest
class TransientDatabaseFailuresTest {

    private static final String WAITING_BATCH = "SELECT pid, xact_start::text FROM pg_stat_activity "
            + "WHERE datname = current_database() AND wait_event_type = 'Lock' "
            + "AND query LIKE 'INSERT INTO processed_event%'";

    /** One attempt to apply the batch: its backend and its transaction (a retry is a new transaction). */
    private record Attempt(int pid, String transactionStart) {
    }

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @Test
    void aCancelledStatementAndAKilledConnectionAreRetriedNotDeadLettered() throws SQLException {
        ContractEvents.Event event = issued("IR-22", "OPERATING", "NEW", "31000", 7, LocalDate.of(2025, 10, 1));
        try (Connection holder = DriverManager.getConnection(url, user, "");
                Connection admin = DriverManager.getConnection(url, user, "");
                Statement lock = holder.createStatement(); Statement kill = admin.createStatement()) {
            holder.setAutoCommit(false);
            lock.execute("LOCK TABLE processed_event IN ACCESS EXCLUSIVE MODE");
            ContractEvents.send(event);

            Attempt first = nextAttempt(kill, null);
            kill.execute("SELECT pg_cancel_backend(" + first.pid() + ")");
            Attempt second = nextAttempt(kill, first);
            kill.execute("SELECT pg_terminate_backend(" + second.pid() + ")");
            // and it comes back a third time, on a new connection, still waiting for the lock
            Attempt third = nextAttempt(kill, second);
            assertThat(third.pid()).isNotEqualTo(second.pid());

            holder.rollback();
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/stats/provinces/IR-22?year=1404").then().statusCode(200)
                .body("licences.issued.count", equalTo(1))
                .body("licences.issued.fixedInvestment.rials", equalTo("31000")));
        assertThat(ContractEvents.readAll(ContractEvents.DLQ)).noneMatch(r -> event.key().equals(r.key()));
    }

    /** The consumer's batch waiting for the lock, in a transaction other than {@code previous}'s. */
    private static Attempt nextAttempt(Statement admin, Attempt previous) {
        Attempt[] found = new Attempt[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (ResultSet rs = admin.executeQuery(WAITING_BATCH)) {
                while (rs.next()) {
                    Attempt attempt = new Attempt(rs.getInt(1), rs.getString(2));
                    if (!attempt.equals(previous)) {
                        found[0] = attempt;
                        return true;
                    }
                }
            }
            return false;
        });
        return found[0];
    }
}
