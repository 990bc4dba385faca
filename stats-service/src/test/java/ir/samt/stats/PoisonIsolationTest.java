package ir.samt.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ir.samt.stats.ingest.EventApplier;

/**
 * One event the database refuses (here an estate name with a NUL character, which PostgreSQL text
 * cannot hold) among good ones: the good ones count once, the bad one is dead-lettered with the
 * database's reason, and the partition keeps flowing.
 */
@QuarkusTest
class PoisonIsolationTest {

    private static final LocalDate DAY = LocalDate.of(2025, 8, 10);

    @Inject
    EventApplier applier;

    @Test
    void theGoodEventsOfABatchCountAndTheOneTheDatabaseRefusesIsDeadLettered() {
        String key = "batch-" + UUID.randomUUID();
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            batch.add(record(ContractEvents.UNITS, key, 100 + i,
                    ContractEvents.unit("registered", UUID.randomUUID().toString(), "IR-16", "GUILD", null, "ACTIVE",
                            DAY, Map.of())));
            if (i == 4) {
                batch.add(record(ContractEvents.UNITS, key, 99, refusedByTheDatabase("IR-16")));
            }
        }

        EventApplier.Result first = applier.apply(batch, EventApplier.Mode.LIVE);

        assertThat(first.applied()).isEqualTo(7);
        assertThat(first.deadLettered()).isEqualTo(1);
        given().when().get("/stats/provinces/IR-16?year=1404").then().statusCode(200)
                .body("units.registered.GUILD", equalTo(7))
                .body("estates.registered.total", equalTo(0));
        ConsumerRecord<String, String> dead = deadLetters(key).get(0);
        assertThat(header(dead, "dlq-reason")).startsWith("refused by the database (SQLState 22");
        assertThat(header(dead, "dlq-offset")).isEqualTo("99");
        assertThat(dead.value()).isEqualTo(batch.get(5).value());

        // redelivered (a crash before the offsets were committed): nothing counts twice
        EventApplier.Result again = applier.apply(batch, EventApplier.Mode.LIVE);

        assertThat(again.applied()).isZero();
        assertThat(again.duplicates()).isEqualTo(7);
        assertThat(again.deadLettered()).isEqualTo(1);
        given().when().get("/stats/provinces/IR-16?year=1404").then().statusCode(200)
                .body("units.registered.GUILD", equalTo(7));
    }

    @Test
    void aRefusedEventOnTheTopicDoesNotStopItsPartition() {
        // one key: every record lands on the same partition, behind and ahead of the poison event
        String key = "partition-" + UUID.randomUUID();
        List<ContractEvents.Event> before = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            before.add(onKey(key, ContractEvents.unit("registered", UUID.randomUUID().toString(), "IR-17", "GUILD",
                    null, "ACTIVE", DAY, Map.of())));
        }
        before.add(new ContractEvents.Event(ContractEvents.UNITS, key, refusedByTheDatabase("IR-17")));
        ContractEvents.send(before);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/stats/provinces/IR-17?year=1404").then().statusCode(200)
                .body("units.registered.GUILD", equalTo(5)));

        ContractEvents.send(onKey(key, ContractEvents.unit("registered", UUID.randomUUID().toString(), "IR-17",
                "INDUSTRIAL", null, "ACTIVE", DAY, Map.of())));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/stats/provinces/IR-17?year=1404").then().statusCode(200)
                .body("units.registered.GUILD", equalTo(5))
                .body("units.registered.INDUSTRIAL", equalTo(1))
                .body("estates.registered.total", equalTo(0)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> dead = deadLetters(key);
            assertThat(dead).isNotEmpty();
            assertThat(dead).allSatisfy(r -> {
                assertThat(header(r, "dlq-topic")).isEqualTo(ContractEvents.UNITS);
                assertThat(header(r, "dlq-reason")).startsWith("refused by the database (SQLState 22");
            });
        });
    }

    /** A contract-valid estate registration whose name PostgreSQL cannot store. */
    private static String refusedByTheDatabase(String province) {
        return ContractEvents.estate(province + "-T09", province, "TOWN", DAY).value()
                .replace("شهرک صنعتی شکوهیه", "شهرک\\u0000صنعتی");
    }

    private static ContractEvents.Event onKey(String key, ContractEvents.Event event) {
        return new ContractEvents.Event(event.topic(), key, event.value());
    }

    private static ConsumerRecord<String, String> record(String topic, String key, long offset, ContractEvents.Event e) {
        return record(topic, key, offset, e.value());
    }

    private static ConsumerRecord<String, String> record(String topic, String key, long offset, String value) {
        return new ConsumerRecord<>(topic, 0, offset, key, value);
    }

    private static List<ConsumerRecord<String, String>> deadLetters(String key) {
        return ContractEvents.readAll(ContractEvents.DLQ).stream().filter(r -> key.equals(r.key())).toList();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
