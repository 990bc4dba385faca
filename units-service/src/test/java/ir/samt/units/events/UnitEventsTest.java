package ir.samt.units.events;

import static ir.samt.units.unit.UnitRequests.QOM_OFFICER;
import static ir.samt.units.unit.UnitRequests.as;
import static ir.samt.units.unit.UnitRequests.guildUnit;
import static ir.samt.units.unit.UnitRequests.industrialUnit;
import static ir.samt.units.unit.UnitRequests.register;
import static ir.samt.units.unit.UnitRequests.revival;
import static ir.samt.units.unit.UnitRequests.stagnation;
import static ir.samt.units.unit.UnitRequests.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.testing.AsyncApiContract;
import ir.samt.platform.testing.KafkaBrokerResource;
import ir.samt.platform.testing.TopicReader;
import ir.samt.units.reference.ReferenceEstates;

/** What reaches samt.units.v1, read back with a plain Kafka consumer as any other system would. */
@QuarkusTest
class UnitEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyUnitChangePublishesAContractConformingCloudEventKeyedByUnitInOrder() throws Exception {
        try (TopicReader reader = new TopicReader("samt.units.v1")) {
            String id = register(industrialUnit(uniqueName("شرکت شیمی")));
            as(QOM_OFFICER).body(stagnation("2025-01-15", "LIQUIDITY", "MARKET")).when()
                    .post("/units/" + id + "/stagnation").then().statusCode(200);
            as(QOM_OFFICER).body(revival("2025-06-01")).when().post("/units/" + id + "/revival").then().statusCode(200);
            as(QOM_OFFICER).body(Map.of("closedOn", "2025-08-01")).when().post("/units/" + id + "/closure").then().statusCode(200);

            List<ConsumerRecord<String, String>> records = reader.awaitRecords(r -> id.equals(r.key()), 4, Duration.ofSeconds(30));
            assertThat(records).extracting(UnitEventsTest::type).containsExactly(
                    "ir.samt.unit.registered", "ir.samt.unit.stagnated", "ir.samt.unit.revived", "ir.samt.unit.closed");
            AsyncApiContract contract = AsyncApiContract.load();
            for (ConsumerRecord<String, String> record : records) {
                assertThat(TopicReader.header(record, "content-type")).isEqualTo("application/cloudevents+json");
                assertThat(contract.violations("UnitEvent", record.value())).as(record.value()).isEmpty();
                assertThat(record.value()).doesNotContain("10380284790").doesNotContain("شرکت شیمی");
            }
            List<JsonNode> data = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                JsonNode event = JSON.readTree(record.value());
                assertThat(event.get("subject").asText()).isEqualTo(id);
                assertThat(event.get("source").asText()).isEqualTo("/samt/units-service");
                data.add(event.get("data"));
            }
            assertThat(data).extracting(d -> d.get("version").asInt()).containsExactly(1, 2, 3, 4);
            assertThat(data).extracting(d -> d.get("status").asText()).containsExactly("ACTIVE", "STAGNANT", "ACTIVE", "CLOSED");
            assertThat(data).extracting(d -> d.get("previousStatus").isNull() ? null : d.get("previousStatus").asText())
                    .containsExactly(null, "ACTIVE", "STAGNANT", "ACTIVE");
            assertThat(data).extracting(d -> d.get("effectiveDate").asText())
                    .containsExactly("2024-03-01", "2025-01-15", "2025-06-01", "2025-08-01");
            JsonNode registered = data.get(0);
            assertThat(registered.get("unitId").asText()).isEqualTo(id);
            assertThat(registered.get("kind").asText()).isEqualTo("INDUSTRIAL");
            assertThat(registered.get("guildGroup").isNull()).isTrue();
            assertThat(registered.get("province").asText()).isEqualTo("IR-25");
            assertThat(registered.get("county").asText()).isEqualTo("قم");
            assertThat(registered.get("estateCode").asText()).isEqualTo("IR-25-T05");
            assertThat(registered.get("activityCode").asText()).isEqualTo("2930");
            assertThat(registered.get("sector").asText()).isEqualTo("29");
            assertThat(registered.get("employees").asInt()).isEqualTo(550);
            assertThat(registered.get("licenceNumber").asText()).isEqualTo("25-1404-000123");
            assertThat(data.get(1).get("reasons")).extracting(JsonNode::asText).containsExactly("LIQUIDITY", "MARKET");
            JsonNode revived = data.get(2);
            assertThat(revived.get("supporters")).extracting(JsonNode::asText).containsExactly("SAMT", "BANKS");
            assertThat(revived.get("newInvestmentRials").isTextual()).isTrue();
            assertThat(revived.get("newInvestmentRials").asText()).isEqualTo("79365079365");
            assertThat(revived.get("jobsRestored").asInt()).isEqualTo(16);
            assertThat(data.get(3).has("reasons")).isFalse();
        }
    }

    /**
     * Qom's eleven estates are registered through the API from the operator's reference file
     * ({@link ReferenceEstates}): each announced once, counting from its founding date; an estate
     * registered without one counts from the day it was registered.
     */
    @Test
    void qomsElevenEstatesAndEveryNewEstateAreAnnouncedOnceFromTheDateTheyCount() throws Exception {
        as(QOM_OFFICER).body(Map.of("code", "IR-25-Z31", "kind", "ZONE", "nameFa", "ناحیه صنعتی کهک", "province", "IR-25",
                "county", "کهک")).when().post("/estates").then().statusCode(201);
        try (TopicReader reader = new TopicReader("samt.units.v1")) {
            List<ConsumerRecord<String, String>> records = reader.awaitRecords(
                    r -> r.key().matches("IR-25-[TZ]0[0-9]|IR-25-Z31"), 12, Duration.ofSeconds(30));
            records = reader.drain(r -> r.key().matches("IR-25-[TZ]0[0-9]|IR-25-Z31"), Duration.ofSeconds(2));
            assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("IR-25-T01", "IR-25-T02", "IR-25-T03",
                    "IR-25-T04", "IR-25-T05", "IR-25-T06", "IR-25-T07", "IR-25-Z01", "IR-25-Z02", "IR-25-Z03", "IR-25-Z04",
                    "IR-25-Z31");
            AsyncApiContract contract = AsyncApiContract.load();
            for (ConsumerRecord<String, String> record : records) {
                assertThat(contract.violations("EstateEvent", record.value())).as(record.value()).isEmpty();
                assertThat(TopicReader.header(record, "content-type")).isEqualTo("application/cloudevents+json");
                JsonNode event = JSON.readTree(record.value());
                assertThat(event.get("type").asText()).isEqualTo("ir.samt.estate.registered");
                assertThat(event.get("source").asText()).isEqualTo("/samt/units-service");
                assertThat(event.get("subject").asText()).isEqualTo(record.key());
                assertThat(event.get("data").get("estateCode").asText()).isEqualTo(record.key());
                assertThat(event.get("data").get("effectiveDate").asText()).as(record.key())
                        .isEqualTo(record.key().equals("IR-25-Z31") ? LocalDate.now(Jalali.TEHRAN).toString() : "1998-03-21");
            }
            JsonNode shokouhieh = records.stream().filter(r -> r.key().equals("IR-25-T01")).map(UnitEventsTest::json)
                    .findFirst().orElseThrow().get("data");
            assertThat(shokouhieh.get("nameFa").asText()).isEqualTo("شهرک صنعتی شکوهیه");
            assertThat(shokouhieh.get("kind").asText()).isEqualTo("TOWN");
            assertThat(shokouhieh.get("county").asText()).isEqualTo("قم");
            JsonNode z31 = records.stream().filter(r -> r.key().equals("IR-25-Z31")).map(UnitEventsTest::json)
                    .findFirst().orElseThrow().get("data");
            assertThat(z31.get("kind").asText()).isEqualTo("ZONE");
            assertThat(z31.get("county").asText()).isEqualTo("کهک");
        }
    }

    @Test
    void aKafkaOutageLosesNothingAndDuplicatesNothing() throws Exception {
        var broker = KafkaBrokerResource.broker();
        List<String> ids = new ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < 5; i++) {
                String id = register(guildUnit(uniqueName("واحد قطعی")));
                as(QOM_OFFICER).body(stagnation("2025-01-0" + (i + 1), "ENERGY")).when()
                        .post("/units/" + id + "/stagnation").then().statusCode(200);
                ids.add(id);
            }
        } finally {
            broker.start();
        }
        try (TopicReader reader = new TopicReader("samt.units.v1")) {
            reader.awaitRecords(r -> ids.contains(r.key()), 10, Duration.ofSeconds(90));
            var records = reader.drain(r -> ids.contains(r.key()), Duration.ofSeconds(3));
            assertThat(records).hasSize(10);
            for (String id : ids) {
                assertThat(records.stream().filter(r -> r.key().equals(id)).map(UnitEventsTest::type))
                        .containsExactly("ir.samt.unit.registered", "ir.samt.unit.stagnated");
            }
        }
    }

    private static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String type(ConsumerRecord<String, String> record) {
        return json(record).get("type").asText();
    }
}
