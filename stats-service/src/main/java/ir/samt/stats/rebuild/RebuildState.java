package ir.samt.stats.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether the projections are LIVE or REBUILDING. Kept in the database so every replica reports
 * the same state; this bean caches it, refreshed by the 200 ms live tick and by the rebuild itself.
 */
@ApplicationScoped
public class RebuildState {

    public static final String LIVE = "LIVE";
    public static final String REBUILDING = "REBUILDING";

    /** {@code owner}: the replica replaying; {@code heartbeatAt}: its last sign of life (its lease). */
    public record Status(String state, OffsetDateTime startedAt, OffsetDateTime finishedAt, long replayed,
            String requestedBy, String owner, OffsetDateTime heartbeatAt) {
    }

    @Inject
    DataSource dataSource;

    private volatile String state = LIVE;

    public String state() {
        return state;
    }

    public boolean rebuilding() {
        return REBUILDING.equals(state);
    }

    void set(String state) {
        this.state = state;
    }

    public Status read() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT state, started_at, finished_at, replayed, requested_by, owner, heartbeat_at "
                                + "FROM rebuild_state WHERE id = 1");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            Status status = new Status(rs.getString(1), rs.getObject(2, OffsetDateTime.class),
                    rs.getObject(3, OffsetDateTime.class), rs.getLong(4), rs.getString(5), rs.getString(6),
                    rs.getObject(7, OffsetDateTime.class));
            state = status.state();
            return status;
        }
    }
}
