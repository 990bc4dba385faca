package ir.samt.stats;

import static io.restassured.RestAssured.given;
import static ir.samt.stats.ContractEvents.issued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ir.samt.stats.ingest.EventApplier;
import ir.samt.stats.projection.ProcessedEventRetention;

/** processed_event keeps ids for the retention window (30 days) after they were recorded, no longer. */
@QuarkusTest
class EventIdRetentionTest {

    private static final LocalDate DAY = LocalDate.of(2025, 9, 1);

    @Inject
    ProcessedEventRetention retention;

    @Inject
    EventApplier applier;

    @Inject
    DataSource dataSource;

    @Test
    void thePurgeRemovesIdsOlderThanTheWindowAndKeepsRecentOnes() throws SQLException {
        List<UUID> old = new ArrayList<>();
        List<UUID> recent = new ArrayList<>();
        // tests purge 10 ids per statement (%test in application.properties): 25 old ids take several batches
        for (int i = 0; i < 25; i++) {
            old.add(recordId("31 days"));
            recent.add(recordId("29 days"));
        }
        recent.add(recordId("1 minute"));

        long purged = retention.purge();

        assertThat(purged).isEqualTo(old.size());
        assertThat(present(old)).isEmpty();
        assertThat(present(recent)).containsExactlyInAnyOrderElementsOf(recent);
    }

    @Test
    void aRedeliveryInsideTheWindowStillCountsOnceAfterAPurge() throws SQLException {
        ContractEvents.Event event = issued("IR-21", "GUILD", null, "4200", 2, DAY);
        ContractEvents.send(event);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/stats/provinces/IR-21?year=1404").then().statusCode(200)
                .body("licences.issued.count", equalTo(1)));

        retention.purge();
        EventApplier.Result redelivered = applier.apply(
                List.of(new ConsumerRecord<>(event.topic(), 0, 0, event.key(), event.value())), EventApplier.Mode.LIVE);

        assertThat(redelivered.applied()).isZero();
        assertThat(redelivered.duplicates()).isEqualTo(1);
        given().when().get("/stats/provinces/IR-21?year=1404").then().statusCode(200)
                .body("licences.issued.count", equalTo(1))
                .body("licences.issued.fixedInvestment.rials", equalTo("4200"));
    }

    private UUID recordId(String age) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO processed_event (id, applied_at) VALUES (?, now() - ?::interval)")) {
            insert.setObject(1, id);
            insert.setString(2, age);
            insert.executeUpdate();
        }
        return id;
    }

    private List<UUID> present(List<UUID> ids) throws SQLException {
        List<UUID> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT id FROM processed_event WHERE id = ANY (?)")) {
            select.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return found;
    }
}
