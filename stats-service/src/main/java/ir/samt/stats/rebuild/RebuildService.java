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
import java.util.Set;
import java.util.TreeSet;

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
import io.smallrye.common.annotation.Identifier;
import ir.samt.platform.problem.ProblemException;
import ir.samt.stats.ingest.EventApplier;
import ir.samt.platform.kafka.KafkaClientConfig;
import ir.samt.stats.live.ProvinceVersions;

/**
 * Rebuild: reset the projections and replay both topics from offset zero.
 *
 * <ol>
 * <li>One transaction marks the state REBUILDING and truncates the projections together with the
 * recorded event ids.</li>
 * <li>Only then the end offsets are taken: every event applied before the reset sits below them,
 * so the replay of [0, end) brings all of them back.</li>
 * <li>A private consumer (no group, assigned every partition) replays [0, end) through the same
 * {@link EventApplier} as the live consumer. The live consumers keep running meanwhile; whatever
 * they apply is recorded, so the replay skips it and nothing counts twice.</li>
 * <li>At the end the state returns to LIVE and every province's totals are published once.</li>
 * </ol>
 * Reads keep answering throughout, labelled {@code "state": "REBUILDING"} with partial figures.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

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

    private volatile Thread worker;
    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Starts a rebuild in the background; 409 if one is already running (on any replica, unless forced). */
    public synchronized RebuildState.Status start(String requestedBy, boolean force) throws SQLException {
        if (worker != null && worker.isAlive()) {
            throw ProblemException.conflict("rebuild-running", "Rebuild already running",
                    "A rebuild is already replaying the topics; wait for the state to return to LIVE");
        }
        try {
            QuarkusTransaction.requiringNew().call(() -> {
                reset(requestedBy, force);
                return null;
            });
        } catch (RuntimeException e) {
            // the refusal (409) may arrive wrapped by the transaction helper
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ProblemException problem) {
                    throw problem;
                }
            }
            throw e;
        }
        state.set(RebuildState.REBUILDING);
        worker = new Thread(this::replay, "stats-rebuild");
        worker.setDaemon(true);
        worker.start();
        return state.read();
    }

    private void reset(String requestedBy, boolean force) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement mark = c.prepareStatement("UPDATE rebuild_state SET state = 'REBUILDING', "
                    + "started_at = now(), finished_at = NULL, replayed = 0, requested_by = ? WHERE id = 1"
                    + (force ? "" : " AND state <> 'REBUILDING'"))) {
                mark.setString(1, requestedBy);
                if (mark.executeUpdate() == 0) {
                    throw ProblemException.conflict("rebuild-running", "Rebuild already running",
                            "Another replica is rebuilding; use force=true only if it died");
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("TRUNCATE processed_event, daily_fact, province_daily, estate");
            }
            versions.advance(bumpAll(c));
        }
    }

    private void replay() {
        long replayed = 0;
        long started = System.nanoTime();
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
            long lastProgress = System.nanoTime();
            while (!stopping && !reached(consumer, end)) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
                records.forEach(batch::add);
                applier.apply(batch, EventApplier.Mode.REPLAY);
                replayed += batch.size();
                if (System.nanoTime() - lastProgress > 1_000_000_000L) {
                    progress(replayed);
                    lastProgress = System.nanoTime();
                }
            }
            if (stopping) {
                LOG.warn("Shutting down during a rebuild; start it again (force=true) after the restart");
                return;
            }
            long total = replayed;
            QuarkusTransaction.requiringNew().call(() -> {
                finish(total);
                return null;
            });
            state.set(RebuildState.LIVE);
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.infof("Rebuild done: %d records replayed in %.1f s (%.0f records/s)", total, seconds, total / seconds);
        } catch (Exception e) {
            LOG.error("Rebuild failed; the figures are partial until it is started again", e);
            try {
                QuarkusTransaction.requiringNew().call(() -> {
                    try (Connection c = dataSource.getConnection();
                            Statement s = c.createStatement()) {
                        s.execute("UPDATE rebuild_state SET state = 'FAILED', finished_at = now() WHERE id = 1");
                    }
                    return null;
                });
                state.set("FAILED");
            } catch (Exception ignored) {
                // the state stays REBUILDING; an operator restarts the rebuild with force=true
            }
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

    private void progress(long replayed) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE rebuild_state SET replayed = ? WHERE id = 1")) {
            s.setLong(1, replayed);
            s.executeUpdate();
        }
    }

    /** Back to LIVE, and every province's totals out through the outbox once, in one transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void finish(long replayed) throws SQLException {
        Set<String> provinces = new TreeSet<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE rebuild_state SET state = 'LIVE', "
                    + "finished_at = now(), replayed = ? WHERE id = 1")) {
                s.setLong(1, replayed);
                s.executeUpdate();
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT DISTINCT province FROM province_daily")) {
                while (rs.next()) {
                    provinces.add(rs.getString(1));
                }
            }
            state.set(RebuildState.LIVE);
            versions.advance(bumpAll(c));
        }
        // picked up by the publisher's next flush, after this transaction committed
        applier.publishTotalsAfterRebuild(provinces);
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
