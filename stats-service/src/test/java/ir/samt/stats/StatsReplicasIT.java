package ir.samt.stats;

import static ir.samt.stats.ContractEvents.issued;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.testing.JwtKeysResource;
import ir.samt.platform.testing.KafkaBrokerResource;
import ir.samt.platform.testing.PostgresDatabaseResource;
import ir.samt.platform.testing.Tokens;

/**
 * stats-service as separate processes of the packaged application (failsafe, after {@code package}):
 * two replicas in one consumer group over one database, killed with SIGKILL and restarted plainly.
 *
 * <p>{@code -Dit.legacy-membership=true} starts the replicas with the consumer settings from before
 * static membership (no group.instance.id, 45 s session), to measure a restart against them.
 */
class StatsReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(Jalali.TEHRAN);
    private static final Pattern APPLIED_LIVE = Pattern.compile("samt_stats_events_applied_total\\{[^}]*mode=\"live\"[^}]*} ([0-9.E]+)");

    private static Map<String, String> env;
    private static String jdbcUrl;
    private static Path logs;
    private final List<StatsProcess> replicas = new ArrayList<>();

    @BeforeAll
    static void brokerDatabaseAndKeys() throws Exception {
        logs = Files.createDirectories(Path.of("target/it-logs"));
        PostgresDatabaseResource database = new PostgresDatabaseResource();
        database.init(Map.of("database", "stats_it"));
        jdbcUrl = database.start().get("quarkus.datasource.jdbc.url");
        Path publicKey = logs.resolve("jwt-public.pem");
        Files.writeString(publicKey, new JwtKeysResource().start().get("mp.jwt.verify.publickey"));
        env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("KAFKA_BOOTSTRAP_SERVERS", KafkaBrokerResource.broker().bootstrapServers());
        env.put("JWT_PUBLIC_KEY_LOCATION", "file:" + publicKey.toAbsolutePath());
        env.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
        env.put("QUARKUS_OTEL_SDK_DISABLED", "true");
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        // a rebuild left by a replica that never comes back is restarted 10 s after its last heartbeat (30 s in production)
        env.put("SAMT_STATS_REBUILD_LEASE", "PT10S");
        if (Boolean.getBoolean("it.legacy-membership")) {
            for (String channel : List.of("PERMITS", "UNITS")) {
                env.put("MP_MESSAGING_INCOMING_" + channel + "_GROUP_INSTANCE_ID", "");
                env.put("MP_MESSAGING_INCOMING_" + channel + "_SESSION_TIMEOUT_MS", "45000");
            }
        }
    }

    @AfterEach
    void stopReplicas() throws InterruptedException {
        for (StatsProcess replica : replicas) {
            replica.stop();
        }
    }

    @Test
    void twoReplicasLeaveTheNewestTotalsOfEveryProvinceLastOnTheTopic() throws Exception {
        StatsProcess a = ready(replica("stats-a").start());
        StatsProcess b = ready(replica("stats-b").start());
        List<String> provinces = List.of("IR-01", "IR-02", "IR-03", "IR-04", "IR-05", "IR-06", "IR-07", "IR-08");

        // many small bursts, so both replicas apply batches (and bump versions) all the while
        for (int burst = 0; burst < 60; burst++) {
            List<ContractEvents.Event> events = new ArrayList<>();
            for (String province : provinces) {
                events.add(issued(province, "OPERATING", "NEW", "10", 1, TODAY));
            }
            ContractEvents.send(events);
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Map<String, Long> versions = databaseVersions();
            Map<String, List<JsonNode>> onTopic = ContractEvents.totalsByProvince();
            for (String province : provinces) {
                assertThat(issuedThisYear(a, province)).as(province + " counted").isEqualTo(60);
                List<JsonNode> values = onTopic.getOrDefault(province, List.of());
                assertThat(values).as(province).isNotEmpty();
                assertThat(values.stream().map(v -> v.at("/data/version").asLong()).toList())
                        .as("versions of %s in topic order", province).isSorted();
                // delivery is at least once: a version may reach the topic twice only as the same event, resent by
                // the relay after a send timed out (consumers dedupe by id); two events for one version would be a
                // double publication
                Map<Long, java.util.Set<String>> idsByVersion = new java.util.HashMap<>();
                values.forEach(v -> idsByVersion.computeIfAbsent(v.at("/data/version").asLong(), k -> new java.util.HashSet<>())
                        .add(v.path("id").asText()));
                assertThat(idsByVersion).as("events per version of %s", province).allSatisfy((version, ids) ->
                        assertThat(ids).as("version " + version).hasSize(1));
                JsonNode last = values.get(values.size() - 1);
                assertThat(last.at("/data/version").asLong()).as(province + " version").isEqualTo(versions.get(province));
                assertThat(last.at("/data/years/" + Jalali.yearOf(TODAY) + "/licences/issued/count").asLong())
                        .as("last %s value on the topic", province).isEqualTo(issuedThisYear(b, province));
            }
        });
    }

    @Test
    void aReplicaKilledDuringARebuildFinishesItAfterAPlainRestart() throws Exception {
        StatsProcess a = ready(replica("stats-a").start());
        enoughEventsForARebuildToTakeSeconds(a);
        String figures = nationalFigures(a);

        startRebuildAndAwaitPartialFigures(a, a);
        a.kill();

        StatsProcess restarted = ready(a.start()); // the same replica, started again: no force, no admin
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> rebuildState(restarted).equals("LIVE"));
        assertThat(nationalFigures(restarted)).isEqualTo(figures);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, List<JsonNode>> onTopic = ContractEvents.totalsByProvince();
            for (int p = 9; p < 31; p++) {
                String province = String.format("IR-%02d", p);
                List<JsonNode> values = onTopic.get(province);
                assertThat(values.get(values.size() - 1).at("/data/years/" + Jalali.yearOf(TODAY) + "/licences/issued/count")
                        .asLong()).as(province + " on the topic after the rebuild").isEqualTo(issuedThisYear(restarted, province));
            }
        });
    }

    @Test
    void anotherReplicaFinishesTheRebuildOfAReplicaKilledForGood() throws Exception {
        StatsProcess a = ready(replica("stats-a").start());
        StatsProcess b = ready(replica("stats-b").start());
        enoughEventsForARebuildToTakeSeconds(b);
        String figures = nationalFigures(b);

        startRebuildAndAwaitPartialFigures(a, b);
        a.kill(); // and it does not come back: b restarts the rebuild once a's lease (10 s here) expires

        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> rebuildState(b).equals("LIVE"));
        assertThat(JSON.readTree(b.get("/stats/admin/rebuild", Tokens.of("admin", null, "stats-admin"))).path("owner")
                .asText()).startsWith("stats-b/");
        assertThat(nationalFigures(b)).isEqualTo(figures);
    }

    @Test
    void aReplicaKilledWhileConsumingCountsEveryEventOnceAfterARestart() throws Exception {
        StatsProcess a = ready(replica("stats-a").start());
        long before = issuedThisYear(a, "IR-30");
        List<ContractEvents.Event> backlog = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            backlog.add(issued("IR-30", "GUILD", null, "1", 1, TODAY));
        }
        ContractEvents.send(backlog);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> issuedThisYear(a, "IR-30") > before);
        a.kill();

        a.start();
        long[] readyMs = {-1};
        long[] firstEventMs = {-1};
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!a.alive()) {
                throw new IllegalStateException("exited; see " + a.log());
            }
            if (readyMs[0] < 0 && a.status("/q/health/ready") == 200) {
                readyMs[0] = a.millisSinceStart();
            }
            if (firstEventMs[0] < 0 && a.status("/q/health/live") == 200 && appliedLive(a) > 0) {
                firstEventMs[0] = a.millisSinceStart();
            }
            return readyMs[0] >= 0 && firstEventMs[0] >= 0;
        });
        System.out.printf("RESTART MEASUREMENT (%s membership): first event applied %d ms after the process started, "
                + "ready (/q/health/ready 200) after %d ms%n",
                Boolean.getBoolean("it.legacy-membership") ? "legacy" : "static", firstEventMs[0], readyMs[0]);

        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> issuedThisYear(a, "IR-30") == before + backlog.size());
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> issuedThisYear(a, "IR-30") == before + backlog.size());
    }

    @Test
    void eachLiveConsumerJoinsTheGroupUnderItsReplicasStableInstanceId() throws Exception {
        ready(replica("stats-c").start());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBrokerResource.broker().bootstrapServers()))) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("stats-service"))
                        .describedGroups().get("stats-service").get();
                assertThat(group.members()).extracting(m -> m.groupInstanceId().orElse(null))
                        .contains("stats-c-permits", "stats-c-units");
            });
        }
    }

    /** 30,000 more licences, counted before this returns. */
    private static void enoughEventsForARebuildToTakeSeconds(StatsProcess replica) throws Exception {
        long before = issuedNationally(replica);
        List<ContractEvents.Event> backlog = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            backlog.add(issued(String.format("IR-%02d", ThreadLocalRandom.current().nextInt(9, 31)), "GUILD", null,
                    Integer.toString(1 + i % 1000), 1, TODAY));
        }
        ContractEvents.send(backlog);
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> issuedNationally(replica) == before + backlog.size());
    }

    /** Starts a rebuild on {@code owner} and returns once {@code observer} serves partial figures: mid-replay. */
    private static void startRebuildAndAwaitPartialFigures(StatsProcess owner, StatsProcess observer) throws Exception {
        long total = issuedNationally(observer);
        owner.post("/stats/admin/rebuild", Tokens.of("admin", null, "stats-admin"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            long now = issuedNationally(observer);
            return now > 0 && now < total;
        });
    }

    private StatsProcess replica(String name) {
        StatsProcess replica = new StatsProcess(name, env, logs);
        replicas.add(replica);
        return replica;
    }

    /** Ready means consuming: the readiness check waits for both consumers to join the group. */
    private static StatsProcess ready(StatsProcess replica) {
        awaitReadyMillis(replica);
        return replica;
    }

    private static long awaitReadyMillis(StatsProcess replica) {
        Awaitility.await(replica.log() + " ready").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    if (!replica.alive()) {
                        throw new IllegalStateException("exited; see " + replica.log());
                    }
                    return replica.status("/q/health/ready") == 200;
                });
        return replica.millisSinceStart();
    }

    private static long appliedLive(StatsProcess replica) throws Exception {
        Matcher m = APPLIED_LIVE.matcher(replica.get("/q/metrics", null));
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }

    private static long issuedThisYear(StatsProcess replica, String province) throws Exception {
        return JSON.readTree(replica.get("/stats/provinces/" + province, null)).at("/licences/issued/count").asLong();
    }

    private static long issuedNationally(StatsProcess replica) throws Exception {
        return JSON.readTree(replica.get("/stats/national", null)).at("/total/licences/issued/count").asLong();
    }

    private static String rebuildState(StatsProcess replica) throws Exception {
        return JSON.readTree(replica.get("/stats/admin/rebuild", Tokens.of("admin", null, "stats-admin"))).path("state").asText();
    }

    /** Every province's indicators over all time. */
    private static String nationalFigures(StatsProcess replica) throws Exception {
        JsonNode national = JSON.readTree(replica.get("/stats/national?from=2000-01-01&to=2040-12-31", null));
        List<String> rows = new ArrayList<>();
        national.path("provinces").forEach(p -> rows.add(p.path("province").path("code").asText() + p.path("indicators")));
        return rows + national.at("/total/indicators").toString();
    }

    private static Map<String, Long> databaseVersions() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            return ContractEvents.provinceVersions(c);
        }
    }
}
