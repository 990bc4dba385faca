package ir.samt.platform.testing;

import java.util.Map;

import ir.samt.kafka.ContractTopics;
import ir.samt.kafka.KafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts one real Kafka broker per test JVM, with the contract's topics, and points every
 * smallrye-kafka channel (and the Kafka health check) at it.
 *
 * <p>Tests that need an outage call {@link #broker()} and stop/start it: the ports and the log stay.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            broker = KafkaBroker.temporary().start();
            broker.createTopics(ContractTopics.ALL);
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "test-kafka-shutdown"));
        }
        return broker;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker lives as long as the JVM, so Quarkus restarts between test profiles reuse it
        if (broker != null && !broker.isRunning()) {
            broker.start();
        }
    }
}
