package ir.samt.stats.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps {@code processed_event}, the ids that make redelivery count nothing, from growing forever:
 * an id is deleted once it was recorded longer ago than {@code samt.stats.dedupe.retention} (30 days).
 *
 * <p>Why that is safe (docs/stats.md, "Retention of event ids"): the consumer group re-reads only
 * records whose offsets were not committed yet, i.e. batches applied seconds or minutes ago; the
 * outbox relays resend only after a crash between Kafka's ack and their delete, seconds later; a
 * rebuild truncates this table and replays everything anyway. The window counts from when the id was
 * recorded ({@code applied_at}), not from the event's {@code time}: a consumer catching up after an
 * outage applies old events today, and a redelivery of those must still be recognised.
 *
 * <p>Deleted in batches, each its own short transaction, so the purge never holds many row locks nor
 * a long transaction next to the consumers; {@code SKIP LOCKED} lets replicas purge at the same time
 * without waiting on each other.
 */
@ApplicationScoped
public class ProcessedEventRetention {

    private static final Logger LOG = Logger.getLogger(ProcessedEventRetention.class);

    private static final String DELETE_BATCH = "DELETE FROM processed_event WHERE id IN (SELECT id FROM processed_event "
            + "WHERE applied_at < now() - make_interval(secs => ?::float8) LIMIT ? FOR UPDATE SKIP LOCKED)";

    @ConfigProperty(name = "samt.stats.dedupe.retention", defaultValue = "P30D")
    Duration retention;

    @ConfigProperty(name = "samt.stats.dedupe.purge-batch", defaultValue = "10000")
    int batchSize;

    @Inject
    DataSource dataSource;

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(identity = "processed-event-retention", every = "${samt.stats.dedupe.purge-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        try {
            purge();
        } catch (SQLException e) {
            // the next run tries again; ids kept a little longer are harmless
            LOG.warnf("Purging old event ids failed: %s", e.toString());
        }
    }

    /** Deletes every id recorded before now − retention; returns how many. */
    public long purge() throws SQLException {
        long deleted = 0;
        int last;
        do {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete = connection.prepareStatement(DELETE_BATCH)) {
                delete.setDouble(1, retention.toSeconds());
                delete.setInt(2, batchSize);
                last = delete.executeUpdate();
            }
            deleted += last;
        } while (last == batchSize && !stopping);
        if (deleted > 0) {
            LOG.infof("Purged %d event ids recorded more than %s ago", deleted, retention);
        }
        return deleted;
    }
}
