package ir.samt.permits.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ir.samt.platform.testing.AsyncApiContract;
import ir.samt.platform.testing.KafkaBrokerResource;
import ir.samt.platform.testing.Tokens;
import ir.samt.platform.testing.TopicReader;

/** What reaches samt.permits.v1, read back with a plain Kafka consumer as any other system would. */
@QuarkusTest
class PermitEventsTest {

    private static final String OFFICER = Tokens.of("officer", "IR-25", "permits-officer");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyChangePublishesAContractConformingCloudEventKeyedByLicenceInOrder() throws Exception {
        try (TopicReader reader = new TopicReader("samt.permits.v1")) {
            String id = issue("2025-04-01");
            progress(id, 62, "2025-12-20");
            post("/permits/" + id + "/renewal", null);
            post("/permits/" + id + "/revocation", Map.of("reason", "تخلف زیست‌محیطی"));

            List<ConsumerRecord<String, String>> records = reader.awaitRecords(r -> id.equals(r.key()), 4, Duration.ofSeconds(30));
            assertThat(records).extracting(r -> type(r)).containsExactly(
                    "ir.samt.permit.issued", "ir.samt.permit.progress-reported", "ir.samt.permit.renewed",
                    "ir.samt.permit.revoked");
            AsyncApiContract contract = AsyncApiContract.load();
            for (ConsumerRecord<String, String> record : records) {
                assertThat(TopicReader.header(record, "content-type")).isEqualTo("application/cloudevents+json");
                String message = type(record).endsWith("progress-reported") ? "ProgressEvent" : "PermitEvent";
                assertThat(contract.violations(message, record.value())).as(record.value()).isEmpty();
            }
            JsonNode progress = JSON.readTree(records.get(1).value()).get("data");
            assertThat(progress.get("percent").asInt()).isEqualTo(62);
            assertThat(progress.get("previousPercent").isNull()).isTrue();
            assertThat(progress.get("visitDate").asText()).isEqualTo("2025-12-20");
            assertThat(progress.get("effectiveDate").asText()).isEqualTo("2025-12-20");
            assertThat(progress.get("version").asInt()).isEqualTo(2);
            assertThat(progress.has("reason")).isFalse();
            JsonNode issued = JSON.readTree(records.get(0).value());
            assertThat(issued.get("subject").asText()).isEqualTo(id);
            assertThat(issued.get("source").asText()).isEqualTo("/samt/permits-service");
            JsonNode data = issued.get("data");
            assertThat(data.get("fixedInvestmentRials").isTextual()).isTrue();
            assertThat(data.get("fixedInvestmentRials").asText()).isEqualTo("2500000000000");
            assertThat(data.get("province").asText()).isEqualTo("IR-25");
            assertThat(data.get("estateCode").asText()).isEqualTo("IR-25-T03");
            assertThat(data.get("sector").asText()).isEqualTo("24");
            assertThat(data.get("scope").asText()).isEqualTo("NEW");
            assertThat(data.get("effectiveDate").asText()).isEqualTo("2025-04-01");
            assertThat(data.get("version").asInt()).isEqualTo(1);
            assertThat(issued.toString()).doesNotContain("10380284790").doesNotContain("holder");
            assertThat(data.has("progressPercent")).isFalse();
            JsonNode revoked = JSON.readTree(records.get(3).value()).get("data");
            assertThat(revoked.get("status").asText()).isEqualTo("REVOKED");
            assertThat(revoked.get("previousStatus").asText()).isEqualTo("ACTIVE");
            assertThat(revoked.get("reason").asText()).isEqualTo("تخلف زیست‌محیطی");
            assertThat(revoked.get("version").asInt()).isEqualTo(4);
            assertThat(revoked.get("progressPercent").asInt()).isEqualTo(62);
        }
    }

    @Test
    void aKafkaOutageLosesNothingAndDuplicatesNothing() throws Exception {
        var broker = KafkaBrokerResource.broker();
        List<String> ids = new java.util.ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < 5; i++) {
                String id = issue("2025-07-0" + (i + 1));
                progress(id, 10 * (i + 1), "2025-08-01");
                ids.add(id);
            }
            // the backlog shows while the broker is away, so an alert can fire during the outage
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                    oldestBacklogAgeSeconds()).isGreaterThan(0));
        } finally {
            broker.start();
        }
        try (TopicReader reader = new TopicReader("samt.permits.v1")) {
            var records = reader.awaitRecords(r -> ids.contains(r.key()), 10, Duration.ofSeconds(90));
            records = reader.drain(r -> ids.contains(r.key()), Duration.ofSeconds(3));
            assertThat(records).hasSize(10);
            for (String id : ids) {
                assertThat(records.stream().filter(r -> r.key().equals(id)).map(PermitEventsTest::type))
                        .containsExactly("ir.samt.permit.issued", "ir.samt.permit.progress-reported");
            }
        }
    }

    private static double oldestBacklogAgeSeconds() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("samt_outbox_oldest_age_seconds"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).max().orElse(-1);
    }

    private static String type(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).get("type").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String issue(String issuedOn) {
        Map<String, Object> body = Map.of("kind", "ESTABLISHMENT", "scope", "NEW",
                "holder", Map.of("name", "شرکت شیمی قم", "nationalId", "10380284790"),
                "province", "IR-25", "county", "قم", "estateCode", "IR-25-T03", "activityCode", "2411",
                "fixedInvestmentRials", "2500000000000", "jobs", 40, "issuedOn", issuedOn);
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body)
                .when().post("/permits").then().statusCode(201).extract().path("id");
    }

    private static void progress(String id, int percent, String visitDate) {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("percent", percent, "visitDate", visitDate, "expert", "کارشناس"))
                .when().post("/permits/" + id + "/progress").then().statusCode(201);
    }

    private static void post(String path, Object body) {
        var request = given().auth().oauth2(OFFICER).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        request.when().post(path).then().statusCode(200);
    }
}
