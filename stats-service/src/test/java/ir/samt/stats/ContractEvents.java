package ir.samt.stats;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ir.samt.platform.testing.KafkaBrokerResource;

/**
 * Builds events exactly as docs/events.md describes them (CloudEvents 1.0, structured JSON) and
 * produces them with a plain Kafka producer, as any other system following the contract would.
 * Deliberately independent of the service's classes.
 */
final class ContractEvents {

    static final String PERMITS = "samt.permits.v1";
    static final String UNITS = "samt.units.v1";
    static final String TOTALS = "samt.stats.province-totals.v1";
    static final String DLQ = "samt.stats.dlq.v1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaProducer<String, String> producer;

    /** One event ready to send: topic, key (= subject) and the JSON value. */
    record Event(String topic, String key, String value) {
    }

    private ContractEvents() {
    }

    static Event permit(String action, String province, String kind, String scope, String previousStatus,
            String status, String rials, int jobs, LocalDate effectiveDate) {
        String permitId = UUID.randomUUID().toString();
        ObjectNode data = JSON.createObjectNode();
        data.put("permitId", permitId);
        data.put("licenceNumber", province.substring(3) + "-1404-000123");
        data.put("kind", kind);
        data.put("scope", scope);
        data.put("guildTerm", kind.equals("GUILD") ? "PERMANENT" : null);
        data.put("province", province);
        data.put("county", "قم");
        data.putNull("estateCode");
        data.putNull("unitId");
        data.put("activityCode", "2413");
        data.put("sector", "24");
        data.put("fixedInvestmentRials", rials);
        data.put("jobs", jobs);
        data.put("issuedOn", effectiveDate.toString());
        data.put("validUntil", effectiveDate.plusYears(3).toString());
        data.put("status", status);
        data.put("previousStatus", previousStatus);
        data.put("version", previousStatus == null ? 1 : 2);
        data.put("effectiveDate", effectiveDate.toString());
        return envelope(PERMITS, "/samt/permits-service", "ir.samt.permit." + action, permitId, data);
    }

    static Event issued(String province, String kind, String scope, String rials, int jobs, LocalDate day) {
        return permit("issued", province, kind, scope, null, "ACTIVE", rials, jobs, day);
    }

    /** An expert's progress report on establishment licence {@code permitId}, as permits-service writes it. */
    static Event progress(String permitId, String province, Integer previousPercent, int percent, LocalDate visitDate,
            String reason) {
        ObjectNode data = JSON.createObjectNode();
        data.put("permitId", permitId);
        data.put("licenceNumber", province.substring(3) + "-1404-000321");
        data.put("kind", "ESTABLISHMENT");
        data.put("scope", "NEW");
        data.put("province", province);
        data.put("county", "قم");
        data.putNull("estateCode");
        data.put("activityCode", "2413");
        data.put("sector", "24");
        data.put("previousPercent", previousPercent);
        data.put("percent", percent);
        data.put("visitDate", visitDate.toString());
        data.put("version", 2);
        data.put("effectiveDate", visitDate.toString());
        if (reason != null) {
            data.put("reason", reason);
        }
        return envelope(PERMITS, "/samt/permits-service", "ir.samt.permit.progress-reported", permitId, data);
    }

    /** The revocation of an establishment licence whose latest report said {@code progressPercent}. */
    static Event revokedProject(String province, int progressPercent, LocalDate day) {
        Event revoked = permit("revoked", province, "ESTABLISHMENT", "NEW", "ACTIVE", "REVOKED", "1000", 3, day);
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(revoked.value());
            ((ObjectNode) event.get("data")).put("reason", "ابطال").put("progressPercent", progressPercent);
            return new Event(revoked.topic(), revoked.key(), JSON.writeValueAsString(event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Event unit(String action, String unitId, String province, String kind, String previousStatus, String status,
            LocalDate effectiveDate, Map<String, Object> extra) {
        ObjectNode data = JSON.createObjectNode();
        data.put("unitId", unitId);
        data.put("kind", kind);
        data.put("guildGroup", kind.equals("GUILD") ? "PRODUCTION_TECHNICAL" : null);
        data.put("province", province);
        data.put("county", "کهک");
        data.put("estateCode", kind.equals("INDUSTRIAL") ? province + "-T01" : null);
        data.put("activityCode", "1722");
        data.put("sector", "17");
        data.put("employees", 12);
        data.putNull("licenceNumber");
        data.put("status", status);
        data.put("previousStatus", previousStatus);
        data.put("version", 1);
        data.put("effectiveDate", effectiveDate.toString());
        extra.forEach((k, v) -> data.set(k, JSON.valueToTree(v)));
        return envelope(UNITS, "/samt/units-service", "ir.samt.unit." + action, unitId, data);
    }

    static Event estate(String code, String province, String kind, LocalDate day) {
        ObjectNode data = JSON.createObjectNode();
        data.put("estateCode", code);
        data.put("kind", kind);
        data.put("province", province);
        data.put("county", "قم");
        data.put("nameFa", "شهرک صنعتی شکوهیه");
        data.put("nameEn", "Shokouhieh Industrial Town");
        data.put("effectiveDate", day.toString());
        return envelope(UNITS, "/samt/units-service", "ir.samt.estate.registered", code, data);
    }

    private static Event envelope(String topic, String source, String type, String subject, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", source);
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.set("data", data);
        try {
            return new Event(topic, subject, JSON.writeValueAsString(event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized void send(List<Event> events) {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.broker().bootstrapServers());
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
            producer = new KafkaProducer<>(p);
        }
        for (Event e : events) {
            ProducerRecord<String, String> record = new ProducerRecord<>(e.topic(), e.key(), e.value());
            record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            producer.send(record);
        }
        producer.flush();
    }

    static void send(Event... events) {
        send(List.of(events));
    }

    /** Every record of a topic, from offset zero to its current end. */
    static List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.broker().bootstrapServers());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
        }
        return all;
    }

    /** Every record of the totals topic, grouped by province (the record key), in topic order. */
    static Map<String, List<com.fasterxml.jackson.databind.JsonNode>> totalsByProvince() throws Exception {
        Map<String, List<com.fasterxml.jackson.databind.JsonNode>> byProvince = new java.util.HashMap<>();
        for (ConsumerRecord<String, String> r : readAll(TOTALS)) {
            byProvince.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(JSON.readTree(r.value()));
        }
        return byProvince;
    }

    /** The database's version of every province's figures (what the last totals record must carry). */
    static Map<String, Long> provinceVersions(java.sql.Connection c) throws java.sql.SQLException {
        Map<String, Long> versions = new java.util.HashMap<>();
        try (java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT province, version FROM province_version")) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getLong(2));
            }
        }
        return versions;
    }
}
