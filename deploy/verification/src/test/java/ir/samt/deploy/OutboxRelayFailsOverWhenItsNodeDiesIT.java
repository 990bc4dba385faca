package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import ir.samt.kafka.ContractTopics;
import ir.samt.kafka.KafkaBroker;

/**
 * One outbox relay is active per service: the replica holding a PostgreSQL advisory lock. When that
 * replica's node dies, nothing tells PostgreSQL: no FIN, no RST. The relay's session sets server-side TCP
 * keepalives and a TCP user timeout, so PostgreSQL ends the dead session, the lock frees and a standby
 * replica takes over within {@code OutboxRelay.LEADER_LOSS_BOUND} (30 s) plus its 2 s retry.
 *
 * <p>Two packaged permits-service replicas share one database: the leader runs on an {@link IsolatedHost}
 * (its own network namespace, reaching PostgreSQL over a veth link), the standby on this machine. A
 * licence is issued through the standby while the leader, which cannot reach Kafka, holds the outbox.
 * Then the leader's link goes down and its JVM is killed, its packets lost, as when a node loses power;
 * the licence's event must reach Kafka through the standby within the bound.
 */
class OutboxRelayFailsOverWhenItsNodeDiesIT {

    /** LEADER_LOSS_BOUND (30 s) + the standby's 2 s lock retry + a publish: the promise in docs/operations.md. */
    private static final Duration FAILOVER_WITHIN = Duration.ofSeconds(45);
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);
    private static final String ISSUER = "https://auth.samt.ir";

    @TempDir
    Path temp;

    @Test
    void aStandbyPublishesTheOutboxWithinTheBoundAfterTheLeadersNodeDies() throws Exception {
        Path jar = Manifests.repoRoot().resolve("permits-service/target/quarkus-app/quarkus-run.jar");
        assumeTrue(Files.isRegularFile(jar), "build permits-service first (the reactor builds it before this module)");
        assumeTrue(IsolatedHost.available(), "needs root for a network namespace (CI runs as root)");
        KeyPair key = LocalIdentityProvider.rsa();
        Path publicKey = LocalIdentityProvider.writePublicKeyPem(key, temp.resolve("public.pem"));

        List<Process> processes = new ArrayList<>();
        try (IsolatedHost node = IsolatedHost.create();
                PrivatePostgres postgres = PrivatePostgres.start(node.hostAddress());
                KafkaBroker broker = KafkaBroker.temporary().start()) {
            broker.createTopics(ContractTopics.ALL);
            postgres.createDatabase("permits");

            int leaderPort = PackagedServices.freePort();
            Process leader = start(jar, "leader", node.inNodeCommand(List.of()), Map.of(
                    "QUARKUS_HTTP_PORT", String.valueOf(leaderPort),
                    "QUARKUS_DATASOURCE_JDBC_URL",
                    "jdbc:postgresql://" + node.hostAddress() + ":" + postgres.port() + "/permits",
                    // the broker listens on this machine's loopback only: the leader holds the outbox but
                    // cannot publish it, which keeps the licence's event waiting for the failover
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "JWT_PUBLIC_KEY_LOCATION", "file:" + publicKey));
            processes.add(leader);
            assertThat(PackagedServices.awaitReady(leader, node.nodeAddress(), leaderPort, READY_WITHIN))
                    .as("leader ready; log:\n" + PackagedServices.tail(log("leader"))).isEqualTo(200);
            assertThat(awaitRelayHolder(postgres, Duration.ofSeconds(30))).as("the relay lock's holder")
                    .contains(node.nodeAddress());

            int standbyPort = PackagedServices.freePort();
            Process standby = start(jar, "standby", List.of(), Map.of(
                    "QUARKUS_HTTP_PORT", String.valueOf(standbyPort),
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/permits",
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "JWT_PUBLIC_KEY_LOCATION", "file:" + publicKey));
            processes.add(standby);
            assertThat(PackagedServices.awaitReady(standby, standbyPort, READY_WITHIN))
                    .as("standby ready; log:\n" + PackagedServices.tail(log("standby"))).isEqualTo(200);

            String number = issueLicence(standbyPort, LocalIdentityProvider.signed(ISSUER, key, "k1", "officer-25",
                    List.of("permits-officer"), "IR-25"));
            assertThat(relayHolder(postgres)).as("still the leader's lock").contains(node.nodeAddress());
            assertThat(PackagedServices.recordArrives(broker.bootstrapServers(), ContractTopics.PERMITS.name(),
                    r -> r.value().contains(number), Duration.ofSeconds(5)))
                    .as("the leader, cut off from Kafka, has not published the licence").isFalse();

            Instant cut = Instant.now();
            node.cut();
            leader.destroyForcibly(); // its FIN never arrives: the link is down
            boolean published = PackagedServices.recordArrives(broker.bootstrapServers(), ContractTopics.PERMITS.name(),
                    r -> r.value().contains(number), FAILOVER_WITHIN);
            Duration failover = Duration.between(cut, Instant.now());
            System.out.printf("Outbox relay failover after the leader's node died: %.1f s (bound %d s)%n",
                    failover.toMillis() / 1000.0, FAILOVER_WITHIN.toSeconds());
            assertThat(published).as("licence " + number + " published by the standby within "
                    + FAILOVER_WITHIN.toSeconds() + " s; standby log:\n" + PackagedServices.tail(log("standby")))
                    .isTrue();
            assertThat(relayHolder(postgres)).as("the lock is the standby's now").contains("127.0.0.1");
        } finally {
            for (Process process : processes) {
                process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    private Process start(Path jar, String name, List<String> prefix, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true)
                .redirectOutput(log(name).toFile());
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_OTEL_SDK_DISABLED", "true");
        // never called in this test: no licence names an estate or a unit
        builder.environment().put("SAMT_UNITS_URL", "http://127.0.0.1:9");
        return builder.start();
    }

    private static String issueLicence(int port, String token) throws Exception {
        String body = """
                {"kind": "OPERATING", "scope": "NEW",
                 "holder": {"name": "شرکت پلیمر البرز قم", "nationalId": "10380284790"},
                 "province": "IR-25", "county": "قم",
                 "activityCode": "2520", "fixedInvestmentRials": "660377358490", "jobs": 57}
                """;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/permits"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("POST /permits: " + response.body()).isEqualTo(201);
        return new ObjectMapper().readTree(response.body()).path("number").asText();
    }

    /** The client address of the session holding the permits database's advisory lock (the active relay). */
    private static Optional<String> relayHolder(PrivatePostgres postgres) throws Exception {
        try (Connection c = postgres.connect("permits");
                PreparedStatement s = c.prepareStatement("SELECT host(a.client_addr) FROM pg_locks l "
                        + "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                        + "AND l.database = (SELECT oid FROM pg_database WHERE datname = 'permits')");
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
    }

    private static Optional<String> awaitRelayHolder(PrivatePostgres postgres, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        Optional<String> holder = relayHolder(postgres);
        while (holder.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            holder = relayHolder(postgres);
        }
        return holder;
    }


    private Path log(String name) {
        return temp.resolve(name + ".log");
    }
}
