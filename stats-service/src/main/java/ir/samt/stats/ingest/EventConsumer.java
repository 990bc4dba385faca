package ir.samt.stats.ingest;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

/**
 * The live consumers of both topics (consumer group {@code stats-service}, batches). The batch is
 * acknowledged — and its offsets become committable — only after its transaction committed, so a
 * crash redelivers it and the recorded event ids make the second delivery count nothing.
 */
@ApplicationScoped
public class EventConsumer {

    @Inject
    EventApplier applier;

    @Incoming("permits")
    @Blocking
    public void permits(ConsumerRecords<String, String> records) {
        applier.apply(list(records), EventApplier.Mode.LIVE);
    }

    @Incoming("units")
    @Blocking
    public void units(ConsumerRecords<String, String> records) {
        applier.apply(list(records), EventApplier.Mode.LIVE);
    }

    private static List<ConsumerRecord<String, String>> list(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        return list;
    }
}
