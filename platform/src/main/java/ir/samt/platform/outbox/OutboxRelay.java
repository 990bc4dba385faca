package ir.samt.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import ir.samt.platform.cloudevents.CloudEvent;
import ir.samt.platform.kafka.KafkaClientConfig;

/**
 * Publishes outbox rows to Kafka in insert order (their sequence number; transactions that commit out of
 * that order are published in it too) and deletes them once the broker has acknowledged
 * them. One relay is active across all replicas: the one holding a PostgreSQL advisory lock on its
 * listener connection; if that replica dies its connection closes, the lock frees and another takes
 * over. It wakes as soon as a transaction that wrote to the outbox commits: directly when that
 * transaction ran on this replica, by a NOTIFY (sent after the commit, outside it) when it ran on
 * another; with a 1 s safety poll. While Kafka is down it keeps retrying with back-off and the rows
 * stay where they are.
 *
 * <p>Delivery is at least once: a crash between the broker's ack and the delete resends a batch,
 * which consumers absorb because they dedupe by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CHANNEL = "samt_outbox";
    private static final String SELECT = "SELECT seq, aggregateid, payload, traceparent, created_at "
            + "FROM outbox_event ORDER BY seq LIMIT ?";
    private static final String DELETE = "DELETE FROM outbox_event WHERE seq = ANY (?)";

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    OutboxConfig settings;

    private final AtomicBoolean running = new AtomicBoolean();
    private final Semaphore wakeups = new Semaphore(0);
    private final AtomicBoolean notifyPending = new AtomicBoolean();
    private ExecutorService notifier;
    private volatile boolean leader;

    /** How long a silently dead leader can keep the lock: 10 s idle + 3 probes 5 s apart, or 20 s unacknowledged data. */
    public static final java.time.Duration LEADER_LOSS_BOUND = java.time.Duration.ofSeconds(30);
    private Thread thread;
    private volatile double oldestPendingAgeSeconds;
    private KafkaProducer<String, String> producer;
    private Connection listener;
    private Counter published;
    private Timer lag;
    private OutboxSpaceReclaimer reclaimer;

    void onStart(@Observes StartupEvent event) {
        if (!settings.relay().enabled()) {
            LOG.info("Outbox relay disabled (samt.outbox.relay.enabled=false)");
            return;
        }
        published = Counter.builder("samt.outbox.published").description("Outbox events published to Kafka")
                .tag("topic", settings.topic()).register(registry);
        lag = Timer.builder("samt.outbox.lag").description("Time from an event's outbox insert to the broker's ack")
                .tag("topic", settings.topic()).publishPercentiles(0.5, 0.99).publishPercentileHistogram().register(registry);
        Gauge.builder("samt.outbox.leader", this, relay -> relay.leader ? 1 : 0)
                .description("1 on the replica whose relay is active").register(registry);
        Gauge.builder("samt.outbox.oldest.age", this, relay -> relay.oldestPendingAgeSeconds)
                .description("Seconds since the oldest event still waiting in the outbox was written (0 when empty)")
                .baseUnit("seconds").tag("topic", settings.topic()).register(registry);
        producer = new KafkaProducer<>(producerConfig());
        reclaimer = new OutboxSpaceReclaimer(settings.relay().reclaimAbove().asLongValue());
        notifier = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "outbox-notifier");
            t.setDaemon(true);
            return t;
        });
        running.set(true);
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Measures the backlog on every replica, leader or not: the lag timer records only events that were
     * sent, so during a broker outage — when the backlog matters — it has nothing to say. The oldest
     * row is the first in seq order, found through the primary key.
     */
    @io.quarkus.scheduler.Scheduled(every = "${samt.outbox.backlog-probe-every:15s}",
            concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    void probeBacklog() {
        if (!settings.relay().enabled()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT extract(epoch FROM clock_timestamp() - created_at) "
                        + "FROM outbox_event ORDER BY seq LIMIT 1")) {
            oldestPendingAgeSeconds = rs.next() ? Math.max(0, rs.getDouble(1)) : 0;
        } catch (SQLException e) {
            LOG.debug("Could not measure the outbox backlog", e);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (!running.getAndSet(false)) {
            return;
        }
        thread.interrupt();
        notifier.shutdownNow();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
        closeListener();
    }

    /**
     * Called after a transaction that wrote outbox rows committed. The active relay wakes at once;
     * a replica without it tells the active one with a NOTIFY (coalesced: one in flight at a time).
     */
    public void outboxCommitted() {
        if (leader) {
            wakeups.release();
        } else if (notifier != null && notifyPending.compareAndSet(false, true)) {
            notifier.execute(this::notifyActiveRelay);
        }
    }

    private void notifyActiveRelay() {
        notifyPending.set(false);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("NOTIFY " + CHANNEL);
        } catch (SQLException e) {
            LOG.debugf("Could not notify the active outbox relay (its safety poll will find the rows): %s", e);
        }
    }

    /** True on the replica currently publishing; exposed for health and tests. */
    public boolean isLeader() {
        return leader;
    }

    private Map<String, Object> producerConfig() {
        // the same kafka.* settings as every channel (bootstrap servers, SASL/TLS in a cluster)
        Map<String, Object> config = KafkaClientConfig.narrow(kafkaConfig, ProducerConfig.configNames());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // idempotence keeps per-partition order across internal retries
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "2");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, "131072");
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        long timeoutMs = settings.relay().sendTimeout().toMillis();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(timeoutMs));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(1000, timeoutMs / 3)));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(timeoutMs));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + settings.topic());
        return config;
    }

    private void run() {
        long backoffMs = 0;
        while (running.get()) {
            try {
                if (backoffMs > 0) {
                    Thread.sleep(backoffMs);
                }
                if (!holdLeadership()) {
                    Thread.sleep(2000);
                    continue;
                }
                int sent = publishBatch();
                backoffMs = 0;
                if (sent == 0) {
                    reclaimSpace();
                    awaitNotification(Duration.ofSeconds(1));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                backoffMs = Math.min(5000, Math.max(200, backoffMs * 2));
                LOG.warnf("Outbox relay could not publish (%s); retrying in %d ms", e.toString(), backoffMs);
                if (e instanceof SQLException) {
                    closeListener();
                }
            }
        }
    }

    /** Takes or keeps the advisory lock on the listener connection; the lock lives as long as the session. */
    private boolean holdLeadership() throws SQLException {
        if (listener == null || !listener.isValid(2)) {
            closeListener();
            listener = dataSource.getConnection();
            listener.setAutoCommit(true);
            try (Statement statement = listener.createStatement()) {
                // The advisory lock lives as long as this session. If this replica's node dies without
                // closing the socket, PostgreSQL would keep the session (and the lock, so no relay runs)
                // until the kernel's keepalive gives up: two hours by default. Server-side keepalives and
                // a TCP user timeout on this session end it within LEADER_LOSS_BOUND instead.
                statement.execute("SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; "
                        + "SET tcp_keepalives_count = 3; SET tcp_user_timeout = 20000");
                statement.execute("LISTEN " + CHANNEL);
            }
        }
        if (!leader) {
            try (PreparedStatement lock = listener.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                lock.setLong(1, settings.relay().lockId());
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    leader = rs.getBoolean(1);
                }
            }
            if (leader) {
                LOG.infof("Outbox relay is now the active publisher to %s", settings.topic());
            }
        }
        return leader;
    }

    /** Waits until a commit on this replica wakes us, another replica NOTIFYs, or the timeout passes (a safety poll). */
    private void awaitNotification(Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (wakeups.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                wakeups.drainPermits();
                return;
            }
            var notifications = listener.unwrap(PGConnection.class).getNotifications(1);
            if (notifications != null && notifications.length > 0) {
                return;
            }
        }
    }

    private record Row(long seq, String key, String payload, String traceparent, Instant createdAt) {
    }

    private int publishBatch() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setInt(1, settings.relay().batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(settings.topic(), row.key(), row.payload());
            record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            if (row.traceparent() != null) {
                record.headers().add("traceparent", row.traceparent().getBytes(StandardCharsets.UTF_8));
            }
            acks.add(producer.send(record));
        }
        long deadline = System.nanoTime() + settings.relay().sendTimeout().toNanos() + TimeUnit.SECONDS.toNanos(1);
        for (Future<RecordMetadata> ack : acks) {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        Instant now = Instant.now();
        for (Row row : rows) {
            lag.record(Duration.between(row.createdAt(), now));
        }
        delete(rows);
        published.increment(rows.size());
        return rows.size();
    }

    private void reclaimSpace() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            reclaimer.reclaimIfDue(connection);
        }
    }

    private void delete(List<Row> rows) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(DELETE)) {
            Long[] seqs = rows.stream().map(Row::seq).toArray(Long[]::new);
            delete.setArray(1, connection.createArrayOf("bigint", seqs));
            delete.executeUpdate();
        }
    }

    private void closeListener() {
        leader = false;
        if (listener != null) {
            // the connection goes back to the pool: it must not keep the lock or the LISTEN with it
            try (Statement statement = listener.createStatement()) {
                statement.execute("UNLISTEN *; SELECT pg_advisory_unlock_all()");
            } catch (SQLException ignored) {
                // a broken connection holds nothing any more; the pool discards it
            }
            try {
                listener.close();
            } catch (SQLException ignored) {
                // already closed
            }
            listener = null;
        }
    }
}
