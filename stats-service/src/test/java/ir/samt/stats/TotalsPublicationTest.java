package ir.samt.stats;

import static io.restassured.RestAssured.given;
import static ir.samt.stats.ContractEvents.issued;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.testing.Tokens;
import ir.samt.stats.live.TotalsPublisher;

/**
 * The totals topic ends on the newest figures of every province, whatever races: several publishers
 * at once (what two replicas would be during a relay leadership change — the same
 * {@link TotalsPublisher#flush()}, against the same database) while events keep changing the
 * provinces. Multi-process replicas: {@code StatsReplicasIT}.
 */
@QuarkusTest
class TotalsPublicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(Jalali.TEHRAN);
    private static final List<String> PROVINCES = List.of("IR-01", "IR-02", "IR-03", "IR-04", "IR-05", "IR-06");

    @Inject
    TotalsPublisher publisher;

    @Inject
    DataSource dataSource;

    @Test
    void concurrentPublishersNeverLeaveAnOlderTotalLastOnTheTopic() throws Exception {
        // nothing is published while a rebuild (of another test) runs
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .auth().oauth2(Tokens.of("admin", null, "stats-admin")).when().get("/stats/admin/rebuild")
                .then().body("state", org.hamcrest.Matchers.equalTo("LIVE")));
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicInteger published = new AtomicInteger();
        ExecutorService publishers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            running.add(publishers.submit(() -> {
                while (sending.get()) {
                    try {
                        published.addAndGet(publisher.flush());
                    } catch (RuntimeException e) {
                        // a publisher that lost the race rolls back (serialization failure); the next flush retries
                    }
                }
            }));
        }
        try {
            for (int burst = 0; burst < 30; burst++) {
                List<ContractEvents.Event> events = new ArrayList<>();
                for (String province : PROVINCES) {
                    events.add(issued(province, "OPERATING", "NEW", "10", 1, TODAY));
                }
                ContractEvents.send(events);
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (String province : PROVINCES) {
                    given().when().get("/stats/provinces/" + province).then().statusCode(200)
                            .body("licences.issued.count", org.hamcrest.Matchers.greaterThanOrEqualTo(30));
                }
            });
        } finally {
            sending.set(false);
            for (Future<?> f : running) {
                f.get();
            }
            publishers.shutdown();
        }
        assertThat(published.get()).as("values enqueued by the racing publishers").isPositive();

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Long> versions = databaseVersions();
            Map<String, List<JsonNode>> onTopic = ContractEvents.totalsByProvince();
            for (String province : PROVINCES) {
                List<JsonNode> values = onTopic.get(province);
                assertThat(values).as(province).isNotEmpty();
                List<Long> order = values.stream().map(v -> v.at("/data/version").asLong()).toList();
                assertThat(order).as("versions of %s in topic order", province).isSorted().doesNotHaveDuplicates();
                JsonNode last = values.get(values.size() - 1);
                assertThat(last.at("/data/version").asLong()).as(province).isEqualTo(versions.get(province));
                long inDatabase = given().when().get("/stats/provinces/" + province).then().statusCode(200)
                        .extract().jsonPath().getLong("licences.issued.count");
                assertThat(last.at("/data/years/" + Jalali.yearOf(TODAY) + "/licences/issued/count").asLong())
                        .as("last %s value on the topic", province).isEqualTo(inDatabase);
            }
        });
    }

    private Map<String, Long> databaseVersions() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return ContractEvents.provinceVersions(c);
        }
    }
}
