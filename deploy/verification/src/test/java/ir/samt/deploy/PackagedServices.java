package ir.samt.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the ITs that run a packaged service as its own process share: a database, a port, readiness, its log. */
final class PackagedServices {

    private PackagedServices() {
    }

    /** A test database or role name: SAMT_TEST_DB_SUFFIX lets two checkouts run these tests at once. */
    static String named(String base) {
        String suffix = System.getenv("SAMT_TEST_DB_SUFFIX");
        return base + (suffix == null ? "" : suffix);
    }

    static void recreateDatabase(String database) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        }
    }

    /**
     * A database owned by a login role with only what CloudNativePG gives a managed role
     * ({@code spec.managed.roles}: no superuser, createdb, createrole, replication or bypassrls) and a
     * {@code Database} resource (the database's owner): the privileges a service has in the cluster.
     */
    static void recreateDatabaseOwnedBy(String database, String role) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("DROP ROLE IF EXISTS " + role);
            s.execute("CREATE ROLE " + role
                    + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT NOREPLICATION NOBYPASSRLS");
            s.execute("CREATE DATABASE " + database + " OWNER " + role);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The status of GET /q/health/ready once it is 200 or {@code within} has passed; -1000 - exit code if the process ended. */
    static int awaitReady(Process process, int port, Duration within) throws InterruptedException {
        return awaitReady(process, "127.0.0.1", port, within);
    }

    /** As {@link #awaitReady(Process, int, Duration)}, for a service listening on another address. */
    static int awaitReady(Process process, String host, int port, Duration within) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(within);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                return -1000 - process.exitValue();
            }
            try {
                last = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == 200) {
                    return last;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        return last;
    }

    /** Whether a record matching {@code wanted} reaches the topic within the given time (read from its start). */
    static boolean recordArrives(String bootstrapServers, String topic,
            java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> wanted,
            Duration within) {
        java.util.Map<String, Object> config = java.util.Map.of(
                org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_ID_CONFIG, "verification-" + java.util.UUID.randomUUID(),
                org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        var strings = new org.apache.kafka.common.serialization.StringDeserializer();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(config, strings, strings)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(within);
            while (Instant.now().isBefore(deadline)) {
                for (var record : consumer.poll(Duration.ofMillis(250))) {
                    if (wanted.test(record)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The last 60 lines of a service's log, for assertion messages. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
