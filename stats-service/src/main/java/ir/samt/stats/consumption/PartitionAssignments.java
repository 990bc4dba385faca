package ir.samt.stats.consumption;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * What the live consumers hold in consumer group {@code stats-service}: whether each topic's consumer
 * has joined the group since start (its first rebalance completed, even if it brought no partition:
 * a replica beyond the partition count is idle, not broken), and how many partitions it holds now
 * (gauge {@code samt_stats_partitions_assigned{topic}}). A service that answers HTTP is not
 * necessarily consuming: after a restart the group may still be waiting for a dead member.
 */
@ApplicationScoped
@Identifier(PartitionAssignments.NAME)
public class PartitionAssignments implements KafkaConsumerRebalanceListener {

    /** The name the channels' {@code consumer-rebalance-listener.name} refers to. */
    public static final String NAME = "stats-partition-assignments";
    private static final Logger LOG = Logger.getLogger(PartitionAssignments.class);

    @ConfigProperty(name = "samt.stats.topics", defaultValue = "samt.permits.v1,samt.units.v1")
    List<String> topics;

    @Inject
    MeterRegistry registry;

    private final Map<String, Set<Integer>> assigned = new ConcurrentHashMap<>();

    @PostConstruct
    void registerGauges() {
        for (String topic : topics) {
            Gauge.builder("samt.stats.partitions.assigned", () -> {
                Set<Integer> partitions = assigned.get(topic);
                return partitions == null ? 0 : partitions.size();
            }).tag("topic", topic).description("Partitions of the topic this replica's live consumer holds")
                    .register(registry);
        }
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        // called after every rebalance, with the added partitions (cooperative) or all of them (eager);
        // the consumer's subscription names its topic even when nothing was added
        for (String topic : consumer.subscription()) {
            assigned.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet());
        }
        for (TopicPartition partition : partitions) {
            assigned.computeIfAbsent(partition.topic(), t -> ConcurrentHashMap.newKeySet()).add(partition.partition());
        }
        LOG.infof("Live consumer of %s assigned %s", consumer.subscription(), partitions);
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            Set<Integer> held = assigned.get(partition.topic());
            if (held != null) {
                held.remove(partition.partition());
            }
        }
    }

    /** True once every topic's consumer has completed a rebalance since this process started. */
    public boolean joinedAll() {
        return assigned.keySet().containsAll(topics);
    }

    /** Partitions held now, per topic joined so far. */
    public Map<String, Integer> held() {
        Map<String, Integer> held = new TreeMap<>();
        assigned.forEach((topic, partitions) -> held.put(topic, partitions.size()));
        return held;
    }
}
