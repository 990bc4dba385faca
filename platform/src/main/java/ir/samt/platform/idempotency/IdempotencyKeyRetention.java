package ir.samt.platform.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Forgets stored responses to idempotent POSTs once no sensible client would still retry them.
 *
 * <p>A retry comes from a client that did not get its answer: a timeout, a gateway's retry, a queue
 * replayed after an outage on the caller's side. Those arrive within minutes, or within days when a
 * caller's integration is down over a weekend or a holiday (Nowruz closes offices for up to two
 * weeks, but callers' retry queues do not run that long). Seven days covers that with room; a key
 * retried later is treated as a new request, which the service's own checks (e.g. a unit's unique
 * {@code externalRef}) still guard. Every replica runs the purge; deletes of the same rows are harmless.
 */
@ApplicationScoped
public class IdempotencyKeyRetention {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyRetention.class);
    private static final int BATCH = 10_000;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    IdempotencyConfig config;

    /** null until checked: services without idempotent endpoints have no such table. */
    private volatile Boolean tablePresent;

    @Scheduled(every = "${samt.idempotency.purge-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        try {
            purgeOlderThan(Instant.now(clock).minus(config.retention()));
        } catch (SQLException e) {
            LOG.warn("Could not purge old idempotency keys; the next run retries: " + e.getMessage());
        }
    }

    /** Deletes stored responses created before {@code cutoff}, in batches; returns how many went. */
    public long purgeOlderThan(Instant cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!tablePresent(connection)) {
                return 0;
            }
            long deleted = 0;
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM idempotency_key WHERE ctid IN "
                    + "(SELECT ctid FROM idempotency_key WHERE created_at < ? LIMIT " + BATCH + ")")) {
                delete.setTimestamp(1, Timestamp.from(cutoff));
                int n;
                do {
                    n = delete.executeUpdate();
                    deleted += n;
                } while (n == BATCH);
            }
            if (deleted > 0) {
                LOG.infof("Purged %d idempotency keys older than %s", deleted, cutoff);
            }
            return deleted;
        }
    }

    private boolean tablePresent(Connection connection) throws SQLException {
        if (tablePresent == null) {
            try (PreparedStatement check = connection.prepareStatement("SELECT to_regclass('idempotency_key') IS NOT NULL");
                    ResultSet rs = check.executeQuery()) {
                rs.next();
                tablePresent = rs.getBoolean(1);
            }
        }
        return tablePresent;
    }
}
