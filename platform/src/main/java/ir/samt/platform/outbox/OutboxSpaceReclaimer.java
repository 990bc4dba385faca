package ir.samt.platform.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.jboss.logging.Logger;

/**
 * Gives the outbox's disk space back once the relay has drained it. Deleted rows leave their space
 * behind; vacuum lets it be reused but never shrinks the file, so after a bulk import the table stayed
 * hundreds of megabytes for a handful of live rows. An empty table can be truncated instead — the file
 * goes back to zero bytes — but only if no writer can slip a row in between the check and the truncate:
 * the check runs under an ACCESS EXCLUSIVE lock taken with NOWAIT, so a busy outbox (a writer holding
 * its lock) is simply left for the next quiet moment and no writer ever queues behind a waiting lock.
 * The sequence is kept (no RESTART IDENTITY): the relay's order continues across the truncate.
 */
final class OutboxSpaceReclaimer {

    private static final Logger LOG = Logger.getLogger(OutboxSpaceReclaimer.class);
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final long reclaimAboveBytes;
    private boolean permitted = true;

    /** @param reclaimAboveBytes the file size from which a drained outbox is truncated; 0 never */
    OutboxSpaceReclaimer(long reclaimAboveBytes) {
        this.reclaimAboveBytes = reclaimAboveBytes;
    }

    /**
     * Called when a round found nothing to publish; truncates the table if it is empty and its file has
     * grown to the threshold. A size, not a count of deletions: whatever the backlog left (a whole import's
     * or its last part's), a drained outbox above it goes back to zero bytes, and one below it is left alone.
     */
    boolean reclaimIfDue(Connection connection) throws SQLException {
        if (!permitted || reclaimAboveBytes <= 0 || fileSize(connection) < reclaimAboveBytes) {
            return false;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE outbox_event IN ACCESS EXCLUSIVE MODE NOWAIT");
            boolean empty;
            try (ResultSet rs = statement.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM outbox_event)")) {
                rs.next();
                empty = rs.getBoolean(1);
            }
            if (empty) {
                statement.execute("TRUNCATE outbox_event");
            }
            connection.commit();
            if (empty) {
                LOG.debug("Outbox drained: its space went back to the file system");
            }
            return empty;
        } catch (SQLException e) {
            connection.rollback();
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                LOG.debug("Outbox busy (a writer holds its lock): its space is given back at the next quiet round");
                return false; // a writer is busy: the next quiet round tries again
            }
            if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                permitted = false;
                LOG.warn("The service's database role may not truncate outbox_event, so the outbox's space is only "
                        + "reused by autovacuum, never given back (grant TRUNCATE or run as the table's owner)");
                return false;
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static long fileSize(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT pg_relation_size('outbox_event')")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
