package ir.samt.stats.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Which province versions have been written to the outbox ({@code published_totals}). All methods
 * run inside the publisher's transaction: on one connection, so in the one snapshot that
 * {@link #useOneSnapshot} fixes for the figures, the versions and the rebuild state alike.
 */
@ApplicationScoped
class PublishedVersions {

    private static final String UNPUBLISHED = "SELECT v.province, v.version FROM province_version v "
            + "LEFT JOIN published_totals p ON p.province = v.province "
            + "WHERE p.version IS NULL OR p.version < v.version ORDER BY v.province";

    /**
     * Records the versions about to be enqueued, but only where they are newer than what was
     * enqueued before. The row lock makes a second publisher wait; under repeatable read it then
     * fails with a serialization error instead of overwriting, so it can never enqueue an older version
     * after a newer one.
     */
    private static final String CLAIM = "INSERT INTO published_totals AS p (province, version) "
            + "SELECT * FROM unnest(?::text[], ?::bigint[]) "
            + "ON CONFLICT (province) DO UPDATE SET version = EXCLUDED.version WHERE p.version < EXCLUDED.version "
            + "RETURNING province";

    @Inject
    DataSource dataSource;

    /**
     * Must be the transaction's first statement: every later read (versions, rebuild state, the
     * summaries' sums) then sees one snapshot, so a published figure is exactly its version's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void useOneSnapshot() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    String rebuildState() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT state FROM rebuild_state WHERE id = 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Provinces whose current version has not been enqueued yet, with that version. */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<String, Long> unpublished() throws SQLException {
        Map<String, Long> versions = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(UNPUBLISHED)) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getLong(2));
            }
        }
        return versions;
    }

    /** The provinces of {@code versions} whose version is newer than the one last enqueued. */
    @Transactional(Transactional.TxType.MANDATORY)
    Set<String> claim(Map<String, Long> versions) throws SQLException {
        Set<String> claimed = new TreeSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(CLAIM)) {
            s.setArray(1, c.createArrayOf("text", versions.keySet().toArray(String[]::new)));
            s.setArray(2, c.createArrayOf("bigint", versions.values().toArray(Long[]::new)));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    claimed.add(rs.getString(1));
                }
            }
        }
        return claimed;
    }
}
