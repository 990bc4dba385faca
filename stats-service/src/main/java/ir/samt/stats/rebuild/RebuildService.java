package ir.samt.stats.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import ir.samt.platform.problem.ProblemException;
import ir.samt.stats.ingest.EventApplier;
import ir.samt.platform.kafka.KafkaClientConfig;
import ir.samt.stats.live.ProvinceVersions;

/**
 * Rebuild: reset the projections and replay both topics from offset zero.
 *
 * <ol>
 * <li>One transaction claims the rebuild (state REBUILDING, a new generation, this replica as the
 * owner of a lease) and truncates the projections together with the recorded event ids.</li>
 * <li>Only then the end offsets are taken: every event applied before the reset sits below them,
 * so the replay of [0, end) brings all of them back.</li>
 * <li>A private consumer (no group, assigned every partition) replays [0, end) through the same
 * {@link EventApplier} as the live consumer. The live consumers keep running meanwhile; whatever
 * they apply is recorded, so the replay skips it and nothing counts twice.</li>
 * <li>At the end the state returns to LIVE and every province's version is bumped, so the totals
 * publisher sends every province once.</li>
 * </ol>
 * Reads keep answering throughout, labelled {@code "state": "REBUILDING"} with partial figures.
 *
 * <p><b>No rebuild is left behind.</b> The owner renews its lease ({@code heartbeat_at}, the
 * database's clock) while it replays. Every replica checks every few seconds whether a rebuild
 * has been abandoned — its lease expired, or it belongs to an earlier process of this very replica
 * (same instance id, another boot), which cannot still be running — and if so claims it and starts
 * it again from the reset. So a replica killed mid-rebuild is followed by a rebuild that finishes,
 * on its successor at once or on any other replica within the lease, with no human step. Every
 * write of the owner names its generation: a replica that lost its lease (paused too long) can
 * neither renew it nor declare someone else's rebuild finished; what it applied meanwhile is
 * recorded and skipped by the new replay, like anything the live consumers apply.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    /**
     * Claims the rebuild (a new generation owned by this process) if it is forced, or the state is LIVE
     * and a start may begin, or the rebuild was abandoned: its lease ran out or was released, or its
     * owner was an earlier boot of this replica. Returns the new generation.
     */
    private static final String CLAIM = "UPDATE rebuild_state SET state = 'REBUILDING', generation = generation + 1, "
            + "owner = ?, heartbeat_at = now(), started_at = now(), finished_at = NULL, replayed = 0, "
            + "requested_by = coalesce(?, requested_by) WHERE id = 1 AND (? OR (? AND state = 'LIVE') "
            + "OR (state <> 'LIVE' AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => ?) "
            + "OR (starts_with(owner, ?) AND owner <> ?)))) RETURNING generation";

    /** Who may claim: an admin's start (when LIVE or abandoned), a forced start (always), the watchdog (abandoned only). */
    private enum Claim {
        START, FORCE, RESUME
    }

    @Inject
    DataSource dataSource;

    @Inject
    EventApplier applier;

    @Inject
    ProvinceVersions versions;

    @Inject
    RebuildState state;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "samt.stats.topics", defaultValue = "samt.permits.v1,samt.units.v1")
    List<String> topics;

    @ConfigProperty(name = "samt.stats.rebuild.max-poll-records", defaultValue = "5000")
    int maxPollRecords;

    /** Stable per replica and unique among replicas (application.properties). */
    @ConfigProperty(name = "samt.stats.instance-id")
    String instanceId;

    /** How long a rebuild may go without a heartbeat before another replica restarts it. */
    @ConfigProperty(name = "samt.stats.rebuild.lease", defaultValue = "PT30S")
    Duration lease;

    /** This process: the instance id plus a boot id, so a restarted replica recognises its predecessor's rebuild. */
    private final String boot = UUID.randomUUID().toString().substring(0, 8);
    private volatile Thread worker;
    private volatile boolean stopping;

    /** Lets a running replay release its lease before the datasource closes (it stops within one batch). */
    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        Thread running = worker;
        if (running != null) {
            running.join(10_000);
        }
    }

    String owner() {
        return instanceId + "/" + boot;
    }

    /** Starts a rebuild in the background; 409 if one is running (on any replica with a live lease, unless forced). */
    public synchronized RebuildState.Status start(String requestedBy, boolean force) throws SQLException {
        if (running()) {
            throw ProblemException.conflict("rebuild-running", "Rebuild already running",
                    "A rebuild is already replaying the topics; wait for the state to return to LIVE");
        }
        OptionalLong generation = claim(requestedBy, force ? Claim.FORCE : Claim.START);
        if (generation.isEmpty()) {
            throw ProblemException.conflict("rebuild-running", "Rebuild already running",
                    "Another replica is rebuilding and renewing its lease; force=true restarts it anyway");
        }
        // read before the replay starts: a small topic is replayed before a later read could see REBUILDING
        RebuildState.Status started = state.read();
        launch(generation.getAsLong());
        return started;
    }

    /** The watchdog: restarts an abandoned rebuild (see the class comment). Runs on every replica. */
    @Scheduled(every = "${samt.stats.rebuild.check-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void restartAbandoned() {
        if (stopping || running()) {
            return;
        }
        try {
            RebuildState.Status before = state.read();
            OptionalLong generation = claim(null, Claim.RESUME);
            if (generation.isPresent()) {
                LOG.warnf("Restarting the rebuild abandoned by %s (last heartbeat %s)", before.owner(), before.heartbeatAt());
                launch(generation.getAsLong());
            }
        } catch (Exception e) {
            LOG.warnf("Could not check for an abandoned rebuild (will check again): %s", e);
        }
    }

    private boolean running() {
        return worker != null && worker.isAlive();
    }

    private OptionalLong claim(String requestedBy, Claim mode) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement claim = c.prepareStatement(CLAIM)) {
                    claim.setString(1, owner());
                    claim.setString(2, requestedBy);
                    claim.setBoolean(3, mode == Claim.FORCE);
                    claim.setBoolean(4, mode != Claim.RESUME);
                    claim.setDouble(5, lease.toMillis() / 1000.0);
                    claim.setString(6, instanceId + "/");
                    claim.setString(7, owner());
                    try (ResultSet rs = claim.executeQuery()) {
                        if (!rs.next()) {
                            return OptionalLong.empty();
                        }
                        long generation = rs.getLong(1);
                        try (Statement s = c.createStatement()) {
                            s.execute("TRUNCATE processed_event, daily_fact, province_daily, estate");
                        }
                        versions.advance(bumpAll(c));
                        return OptionalLong.of(generation);
                    }
                }
            }
        });
    }

    private void launch(long generation) {
        state.set(RebuildState.REBUILDING);
        worker = new Thread(() -> replay(generation), "stats-rebuild");
        worker.setDaemon(true);
        worker.start();
    }

    private void replay(long generation) {
        long replayed = 0;
        long started = System.nanoTime();
        long heartbeatNanos = lease.toNanos() / 6;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // taken after the reset committed: see the class comment
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
            long lastHeartbeat = System.nanoTime();
            while (!reached(consumer, end)) {
                if (stopping) {
                    release(generation);
                    LOG.warn("Shutting down during a rebuild; released its lease, so it restarts on the next replica to check");
                    return;
                }
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
                    records.forEach(batch::add);
                    applier.apply(batch, EventApplier.Mode.REPLAY);
                    replayed += batch.size();
                }
                if (System.nanoTime() - lastHeartbeat > heartbeatNanos) {
                    if (!heartbeat(generation, replayed)) {
                        LOG.warn("This replica lost the rebuild's lease (another one restarted it); stopping its replay");
                        return;
                    }
                    lastHeartbeat = System.nanoTime();
                }
            }
            long total = replayed;
            boolean finished = QuarkusTransaction.requiringNew().call(() -> finish(generation, total));
            if (!finished) {
                LOG.warn("The rebuild's lease moved to another replica before this replay finished; leaving it to that one");
                return;
            }
            state.set(RebuildState.LIVE);
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.infof("Rebuild done: %d records replayed in %.1f s (%.0f records/s)", total, seconds, total / seconds);
        } catch (Exception e) {
            // the lease is no longer renewed: once it expires a replica (maybe this one) restarts the rebuild
            LOG.errorf(e, "Rebuild failed; the figures are partial until it restarts by itself, within %s", lease);
        }
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Renews the lease and records progress; false once another claim has superseded this generation. */
    private boolean heartbeat(long generation, long replayed) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE rebuild_state SET replayed = ?, heartbeat_at = now() "
                        + "WHERE id = 1 AND generation = ? AND state = 'REBUILDING'")) {
            s.setLong(1, replayed);
            s.setLong(2, generation);
            return s.executeUpdate() == 1;
        }
    }

    /** Gives the lease up at once (graceful shutdown), so no replica has to wait for it to expire. */
    private void release(long generation) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE rebuild_state SET heartbeat_at = NULL "
                        + "WHERE id = 1 AND generation = ? AND state = 'REBUILDING'")) {
            s.setLong(1, generation);
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Could not release the rebuild's lease; it expires within %s: %s", lease, e);
        }
    }

    /** Back to LIVE with every province's version bumped (so its totals are published), if this generation still owns the rebuild. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean finish(long generation, long replayed) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE rebuild_state SET state = 'LIVE', "
                    + "finished_at = now(), heartbeat_at = NULL, replayed = ? "
                    + "WHERE id = 1 AND generation = ? AND state = 'REBUILDING'")) {
                s.setLong(1, replayed);
                s.setLong(2, generation);
                if (s.executeUpdate() == 0) {
                    return false;
                }
            }
            versions.advance(bumpAll(c));
            return true;
        }
    }

    private static Map<String, Long> bumpAll(Connection c) throws SQLException {
        Map<String, Long> bumped = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("UPDATE province_version SET version = version + 1, changed_at = now() "
                        + "RETURNING province, version")) {
            while (rs.next()) {
                bumped.put(rs.getString(1), rs.getLong(2));
            }
        }
        return bumped;
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = KafkaClientConfig.narrow(kafkaConfig, ConsumerConfig.configNames());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(maxPollRecords));
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(64 * 1024 * 1024));
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024));
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "stats-rebuild");
        return config;
    }
}
