package ir.samt.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** What a service's own application.properties says about the topics it writes and reads. */
record ServiceConfig(String service, String kafkaUser, Set<String> writes, Set<String> reads, Set<String> groups) {

    static final List<String> SERVICES = List.of("permits-service", "units-service", "stats-service");

    /** The environment variables every service needs in a cluster (optional ones excluded). */
    static final List<String> REQUIRED_ENV = List.of(
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD",
            "KAFKA_BOOTSTRAP_SERVERS",
            "KAFKA_SECURITY_PROTOCOL",
            "KAFKA_SASL_MECHANISM",
            "KAFKA_SASL_JAAS_CONFIG",
            "JWT_PUBLIC_KEY_LOCATION",
            "MP_JWT_VERIFY_ISSUER",
            "QUARKUS_HTTP_PORT");

    static ServiceConfig of(String service) {
        Properties props = new Properties();
        Path file = Manifests.repoRoot().resolve(service).resolve("src/main/resources/application.properties");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> writes = new TreeSet<>();
        Set<String> reads = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("%")) {
                continue; // profile-specific (tests)
            }
            String value = props.getProperty(key).trim();
            if (key.equals("samt.outbox.topic") || key.equals("samt.stats.dlq.topic")
                    || key.matches("mp\\.messaging\\.outgoing\\.[^.]+\\.topic")) {
                writes.add(value);
            } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                reads.add(value);
            } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id")) {
                groups.add(value);
            }
        }
        if (service.equals("stats-service")) {
            // DeadLetters' @ConfigProperty default, not repeated in application.properties
            writes.add(props.getProperty("samt.stats.dlq.topic", "samt.stats.dlq.v1"));
        }
        String user = "samt-" + service.substring(0, service.indexOf('-'));
        return new ServiceConfig(service, user, writes, reads, groups);
    }

    Set<String> topics() {
        Set<String> all = new TreeSet<>(writes);
        all.addAll(reads);
        return all;
    }

    int port() {
        return switch (service) {
            case "permits-service" -> 8081;
            case "units-service" -> 8082;
            case "stats-service" -> 8083;
            default -> throw new IllegalArgumentException(service);
        };
    }
}
