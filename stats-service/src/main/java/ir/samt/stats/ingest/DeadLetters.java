package ir.samt.stats.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import ir.samt.platform.kafka.KafkaClientConfig;

/**
 * Sends records that break the contract to {@code samt.stats.dlq.v1} with the original key, value
 * and headers plus {@code dlq-reason}, {@code dlq-topic}, {@code dlq-partition}, {@code dlq-offset}.
 * The send is acknowledged before the batch's offsets are committed, so a poison record is never
 * lost; a crash in between can dead-letter it twice, which is harmless.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    public record DeadLetter(ConsumerRecord<String, String> record, String reason) {
    }

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "samt.stats.dlq.topic", defaultValue = "samt.stats.dlq.v1")
    String topic;

    private volatile KafkaProducer<String, String> producer;

    public void send(List<DeadLetter> letters) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>(letters.size());
        for (DeadLetter letter : letters) {
            ConsumerRecord<String, String> original = letter.record();
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, original.key(), original.value());
            for (Header header : original.headers()) {
                record.headers().add(header);
            }
            record.headers().add("dlq-reason", bytes(letter.reason()));
            record.headers().add("dlq-topic", bytes(original.topic()));
            record.headers().add("dlq-partition", bytes(Integer.toString(original.partition())));
            record.headers().add("dlq-offset", bytes(Long.toString(original.offset())));
            acks.add(producer().send(record));
            LOG.warnf("Dead-lettered %s-%d@%d: %s", original.topic(), original.partition(), original.offset(),
                    letter.reason());
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
        for (DeadLetter letter : letters) {
            registry.counter("samt.stats.events.dead.lettered", "topic", letter.record().topic()).increment();
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> config = KafkaClientConfig.narrow(kafkaConfig, ProducerConfig.configNames());
                    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    config.put(ProducerConfig.ACKS_CONFIG, "all");
                    config.put(ProducerConfig.CLIENT_ID_CONFIG, "stats-dlq");
                    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000");
                    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
                    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
                    producer = new KafkaProducer<>(config);
                }
            }
        }
        return producer;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
