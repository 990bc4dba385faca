package ir.samt.stats;

import static io.restassured.RestAssured.given;
import static ir.samt.stats.ContractEvents.issued;
import static ir.samt.stats.ContractEvents.unit;
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
import io.restassured.path.json.JsonPath;
import ir.samt.platform.testing.Tokens;
import ir.samt.stats.ingest.EventApplier;

/** Exactly-once totals over at-least-once delivery: duplicates, redelivery, poison records, rebuild. */
@QuarkusTest
class DeliveryGuaranteesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 5, 5);

    @Inject
    EventApplier applier;

    @Test
    void eachEventDeliveredThreeTimesCountsOnce() {
        List<ContractEvents.Event> once = List.of(
                issued("IR-10", "OPERATING", "NEW", "1000", 10, DAY),
                issued("IR-10", "OPERATING", "EXPANSION", "2000", 20, DAY),
                unit("registered", UUID.randomUUID().toString(), "IR-10", "GUILD", null, "ACTIVE", DAY, Map.of()));
        List<ContractEvents.Event> thrice = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            thrice.addAll(once);
        }
        ContractEvents.send(thrice);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/stats/provinces/IR-10?year=1404").then()
                .body("licences.issued.count", equalTo(2))
                .body("units.registered.GUILD", equalTo(1)));
        // and it stays there: the later deliveries were skipped, not merely late
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> given()
                .when().get("/stats/provinces/IR-10?year=1404").then()
                .body("licences.issued.count", equalTo(2))
                .body("licences.issued.fixedInvestment.rials", equalTo("3000"))
                .body("stocks.activeGuildUnits", equalTo(1)));
    }

    @Test
    void aRestartedConsumerThatRereadsUncommittedBatchesCountsNothingTwice() {
        ContractEvents.send(issued("IR-11", "ESTABLISHMENT", "NEW", "77", 1, DAY));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/stats/provinces/IR-11?year=1404").then().body("licences.issued.count", equalTo(1)));
        String before = nationalFigures();

        // what a consumer restarted before its offsets were committed does: read everything again
        List<ConsumerRecord<String, String>> all = new ArrayList<>(ContractEvents.readAll(ContractEvents.PERMITS));
        all.addAll(ContractEvents.readAll(ContractEvents.UNITS));
        EventApplier.Result result = applier.apply(all, EventApplier.Mode.LIVE);

        assertThat(result.applied()).isZero();
        assertThat(result.duplicates() + result.deadLettered()).isEqualTo(all.size());
        assertThat(nationalFigures()).isEqualTo(before);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndConsumptionContinues() {
        String key = "poison-" + UUID.randomUUID();
        ContractEvents.Event good = issued("IR-14", "GUILD", null, "5", 1, DAY);
        String numberMoney = issued("IR-14", "GUILD", null, "5", 1, DAY).value()
                .replace("\"fixedInvestmentRials\":\"5\"", "\"fixedInvestmentRials\":5");
        String oldProvinceCode = issued("IR-14", "GUILD", null, "5", 1, DAY).value().replace("IR-14", "IR-32");
        String unknownType = issued("IR-14", "GUILD", null, "5", 1, DAY).value()
                .replace("ir.samt.permit.issued", "ir.samt.permit.teleported");
        ContractEvents.send(List.of(
                new ContractEvents.Event(ContractEvents.PERMITS, key, "{not json"),
                new ContractEvents.Event(ContractEvents.PERMITS, key, numberMoney),
                new ContractEvents.Event(ContractEvents.UNITS, key, oldProvinceCode),
                new ContractEvents.Event(ContractEvents.PERMITS, key, unknownType),
                good));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/stats/provinces/IR-14?year=1404").then()
                .body("licences.issued.count", equalTo(1)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            // a replay (restart, rebuild) may dead-letter a record again: count distinct originals
            Map<String, ConsumerRecord<String, String>> byOrigin = new java.util.TreeMap<>();
            ContractEvents.readAll(ContractEvents.DLQ).stream().filter(r -> key.equals(r.key())).forEach(
                    r -> byOrigin.putIfAbsent(header(r, "dlq-topic") + "/" + header(r, "dlq-partition") + "/"
                            + header(r, "dlq-offset"), r));
            List<ConsumerRecord<String, String>> dead = new ArrayList<>(byOrigin.values());
            assertThat(dead).hasSize(4);
            assertThat(dead).extracting(r -> header(r, "dlq-reason")).anySatisfy(
                    reason -> assertThat(reason).startsWith("not JSON"));
            assertThat(dead).extracting(r -> header(r, "dlq-reason")).anySatisfy(
                    reason -> assertThat(reason).contains("fixedInvestmentRials"));
            assertThat(dead).extracting(r -> header(r, "dlq-reason")).anySatisfy(
                    reason -> assertThat(reason).contains("province"));
            assertThat(dead).extracting(r -> header(r, "dlq-reason")).anySatisfy(
                    reason -> assertThat(reason).contains("unknown event type"));
            assertThat(dead).extracting(r -> header(r, "dlq-topic"))
                    .contains(ContractEvents.PERMITS, ContractEvents.UNITS);
            assertThat(dead).allSatisfy(r -> {
                assertThat(header(r, "dlq-partition")).matches("\\d+");
                assertThat(header(r, "dlq-offset")).matches("\\d+");
            });
            assertThat(dead).extracting(ConsumerRecord::value).contains("{not json");
        });
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("samt_stats_events_dead_lettered_total"));
    }

    @Test
    void rebuildFromOffsetZeroArrivesAtTheSameTotalsAsLiveConsumption() {
        ContractEvents.send(issued("IR-15", "OPERATING", "NEW", "123456789012345678", 3, DAY),
                unit("registered", UUID.randomUUID().toString(), "IR-15", "INDUSTRIAL", null, "ACTIVE", DAY, Map.of()));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/stats/provinces/IR-15?year=1404").then().body("licences.issued.count", equalTo(1))
                .body("units.registered.INDUSTRIAL", equalTo(1)));
        String live = nationalFigures();

        given().when().post("/stats/admin/rebuild").then().statusCode(401);
        given().auth().oauth2(Tokens.of("reader", null, "stats-reader"))
                .when().post("/stats/admin/rebuild").then().statusCode(403);
        given().auth().oauth2(Tokens.of("admin", null, "stats-admin"))
                .when().post("/stats/admin/rebuild").then().statusCode(202).body("state", equalTo("REBUILDING"));

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .auth().oauth2(Tokens.of("admin", null, "stats-admin"))
                .when().get("/stats/admin/rebuild").then().statusCode(200).body("state", equalTo("LIVE")));
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(
                () -> assertThat(nationalFigures()).isEqualTo(live));
        given().when().get("/stats/provinces/IR-15?year=1404").then()
                .body("state", equalTo("LIVE"))
                .body("licences.issued.fixedInvestment.rials", equalTo("123456789012345678"));
    }

    /** Every province's indicators over all time: what must not change. */
    private static String nationalFigures() {
        JsonPath json = given().when().get("/stats/national?from=2000-01-01&to=2040-12-31")
                .then().statusCode(200).extract().jsonPath();
        return json.getList("provinces").toString() + json.getMap("total.indicators");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
