package ir.samt.stats.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The latest known version of every province's figures. Local batches advance it right after
 * commit; a poll of {@code province_version} (every 200 ms, from {@link LiveTotals}) brings in what
 * other replicas applied. Read caches and SSE compare against it, so no replica serves totals older
 * than its last poll.
 */
@ApplicationScoped
public class ProvinceVersions {

    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    /** Moves whenever any province moves: the version of national tables and rankings. */
    private final AtomicLong global = new AtomicLong();

    @Inject
    DataSource dataSource;

    public long of(String province) {
        return versions.getOrDefault(province, 0L);
    }

    public long global() {
        return global.get();
    }

    public void advance(Map<String, Long> seen) {
        boolean moved = false;
        for (Map.Entry<String, Long> entry : seen.entrySet()) {
            Long before = versions.get(entry.getKey());
            if (before == null || before < entry.getValue()) {
                versions.merge(entry.getKey(), entry.getValue(), Math::max);
                moved = true;
            }
        }
        if (moved) {
            global.incrementAndGet();
        }
    }

    void poll() throws SQLException {
        Map<String, Long> seen = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT province, version FROM province_version");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                seen.put(rs.getString(1), rs.getLong(2));
            }
        }
        advance(seen);
    }
}
