package ir.samt.permits.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ir.samt.platform.testing.Tokens;
import ir.samt.platform.testing.TopicReader;

/**
 * One relay publishes across all replicas: the holder of a PostgreSQL advisory lock. Another
 * session (another replica) cannot take it, and when the holder's session dies the relay takes
 * the lock again on a fresh connection and carries on publishing.
 */
@QuarkusTest
class OutboxRelayLeadershipTest {

    private static final long LOCK_ID = 7305; // samt.outbox.relay.lock-id of permits-service
    /** This database's holders only: another checkout's tests may hold the same lock id in theirs. */
    private static final String HOLDERS = "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = 0 AND objid = "
            + LOCK_ID + " AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    @Inject
    DataSource dataSource;

    @Test
    void onlyTheLockHolderPublishesAndItRecoversWhenItsSessionIsKilled() throws Exception {
        int holder = awaitOneHolder(-1);
        try (Connection otherReplica = dataSource.getConnection(); Statement statement = otherReplica.createStatement();
                ResultSet rs = statement.executeQuery("SELECT pg_try_advisory_lock(" + LOCK_ID + ")")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("a second replica must not become the active relay").isFalse();
        }

        try (Connection admin = dataSource.getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(" + holder + ")");
        }
        try (TopicReader reader = new TopicReader("samt.permits.v1")) {
            String id = issue();
            reader.awaitRecords(r -> id.equals(r.key()), 1, Duration.ofSeconds(60));
        }
        assertThat(awaitOneHolder(holder)).isNotEqualTo(holder);
    }

    /** Waits until exactly one session other than {@code not} holds the relay lock; returns its pid. */
    private int awaitOneHolder(int not) {
        int[] pid = new int[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(HOLDERS)) {
                int count = 0;
                while (rs.next()) {
                    pid[0] = rs.getInt(1);
                    count++;
                }
                return count == 1 && pid[0] != not;
            } catch (SQLException e) {
                return false;
            }
        });
        return pid[0];
    }

    private static String issue() {
        Map<String, Object> body = Map.of("kind", "OPERATING", "scope", "NEW",
                "holder", Map.of("name", "شرکت آزمون رله", "nationalId", "10380284790"),
                "province", "IR-25", "county", "قم", "activityCode", "2520",
                "fixedInvestmentRials", "1000000", "jobs", 1, "issuedOn", "2025-08-01");
        return given().auth().oauth2(Tokens.of("officer", "IR-25", "permits-officer")).contentType(ContentType.JSON).body(body)
                .when().post("/permits").then().statusCode(201).extract().path("id");
    }
}
