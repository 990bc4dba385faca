package ir.samt.platform.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The shared {@code kafka.*} settings every service configures (bootstrap servers, SASL/TLS),
 * narrowed to what one plain Kafka client accepts, for clients made outside SmallRye channels.
 */
public final class KafkaClientConfig {

    private KafkaClientConfig() {
    }

    public static Map<String, Object> narrow(Map<String, Object> shared, Set<String> accepted) {
        Map<String, Object> config = new HashMap<>();
        shared.forEach((key, value) -> {
            if (accepted.contains(key) || key.startsWith("sasl.") || key.startsWith("ssl.")
                    || key.equals("security.protocol")) {
                config.put(key, String.valueOf(value));
            }
        });
        return config;
    }
}
