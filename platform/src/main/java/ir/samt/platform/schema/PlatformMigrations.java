package ir.samt.platform.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * The platform's tables (the outbox, idempotency keys: {@code db/outbox}, {@code db/idempotency},
 * versions 0.x) in a Flyway history of their own, {@link #HISTORY_TABLE}, beside the service's
 * {@code flyway_schema_history}. Each history then only ever grows at its end: a new platform migration
 * no longer lands below versions a service already applied, which needed {@code out-of-order}.
 *
 * <p>Databases migrated before kept the platform's versions in the service's history. The first start
 * with this layout moves those rows, unchanged (checksums, dates, who ran them), into the platform's
 * history and out of the service's, in one transaction, before either Flyway runs: no migration runs
 * again and nothing else changes. Several replicas may start at once: the move holds a transaction-level
 * advisory lock and looks again once it has it, and each Flyway takes its own lock while it migrates.
 *
 * <p>Flyway scans the classpath for the locations itself here (Quarkus only indexes the service's
 * {@code quarkus.flyway.locations} at build time); the services run on the JVM, where that works.
 */
public final class PlatformMigrations {

    public static final String HISTORY_TABLE = "samt_platform_schema_history";
    /** The platform's versions: 0.x, below every service's own (which start at 1). */
    static final String PLATFORM_VERSIONS = "0.%";
    /** Serialises the move between replicas starting at once ("samt" + "PM" in ASCII). */
    private static final long MOVE_LOCK = 0x73616d74_504dL;

    private static final Logger LOG = Logger.getLogger(PlatformMigrations.class);

    private PlatformMigrations() {
    }

    /**
     * Brings the platform's tables up to date in {@link #HISTORY_TABLE}, first moving their rows out of
     * {@code serviceHistory} if an earlier layout left them there.
     *
     * @param locations the platform's migration folders the service uses, e.g. {@code db/outbox}
     */
    public static MigrateResult migrate(DataSource dataSource, String serviceHistory, List<String> locations) {
        moveRowsOutOf(dataSource, serviceHistory);
        return Flyway.configure(PlatformMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(locations.stream().map(l -> l.contains(":") ? l : "classpath:" + l).toArray(String[]::new))
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /** Moves the platform's rows from the service's history into a new {@link #HISTORY_TABLE}, if there are any. */
    static void moveRowsOutOf(DataSource dataSource, String serviceHistory) {
        if (!serviceHistory.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain table name: " + serviceHistory);
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + MOVE_LOCK + ")");
                int moved = needsMove(connection, serviceHistory) ? move(statement, serviceHistory) : 0;
                connection.commit();
                if (moved > 0) {
                    LOG.infof("Moved the platform's %d applied migrations from %s to %s", moved, serviceHistory, HISTORY_TABLE);
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not move the platform's migrations out of " + serviceHistory, e);
        }
    }

    private static boolean needsMove(Connection connection, String serviceHistory) throws SQLException {
        try (PreparedStatement tables = connection.prepareStatement(
                "SELECT to_regclass(?) IS NULL AND to_regclass(?) IS NOT NULL")) {
            tables.setString(1, HISTORY_TABLE);
            tables.setString(2, serviceHistory);
            try (ResultSet rs = tables.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return false;
                }
            }
        }
        try (PreparedStatement rows = connection.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM " + serviceHistory + " WHERE version LIKE ?)")) {
            rows.setString(1, PLATFORM_VERSIONS);
            try (ResultSet rs = rows.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The history table as Flyway made it (columns, keys, indexes), the platform's rows ranked in their old order. */
    private static int move(Statement statement, String serviceHistory) throws SQLException {
        statement.execute("CREATE TABLE " + HISTORY_TABLE + " (LIKE " + serviceHistory + " INCLUDING ALL)");
        int moved = statement.executeUpdate("INSERT INTO " + HISTORY_TABLE + " SELECT row_number() OVER (ORDER BY installed_rank), "
                + "version, description, type, script, checksum, installed_by, installed_on, execution_time, success FROM "
                + serviceHistory + " WHERE version LIKE '" + PLATFORM_VERSIONS + "'");
        statement.executeUpdate("DELETE FROM " + serviceHistory + " WHERE version LIKE '" + PLATFORM_VERSIONS + "'");
        return moved;
    }
}
