package ir.samt.units.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Migration V2 seeded Qom's estates until it was emptied (reference data is loaded through the API
 * now, deploy/reference). Flyway refuses to start on a database whose history records another checksum
 * for an applied version than its file has, so databases that ran the seed get the empty file's
 * checksum recorded for version 2, once, before Quarkus migrates at start: only where the seed's own
 * checksum is recorded, so any other change to V2 still stops the service as Flyway intends. Their
 * estates and the events they published stay as they are.
 */
@ApplicationScoped
public class RetiredQomSeed implements FlywayConfigurationCustomizer {

    /** What Flyway recorded for the seed (V2__qom_estates.sql as released until issue 14). */
    static final int SEED_CHECKSUM = 291212387;
    /** Flyway's checksum of the emptied V2__qom_estates.sql. */
    static final int RETIRED_CHECKSUM = 421043601;

    private static final Logger LOG = Logger.getLogger(RetiredQomSeed.class);

    @ConfigProperty(name = "quarkus.flyway.migrate-at-start", defaultValue = "false")
    boolean migrateAtStart;

    @Override
    public void customize(FluentConfiguration service) {
        if (!migrateAtStart) {
            return;
        }
        String history = service.getTable();
        try (Connection connection = service.getDataSource().getConnection()) {
            if (!exists(connection, history)) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + history + " SET checksum = ? WHERE version = '2' AND checksum = ?")) {
                update.setInt(1, RETIRED_CHECKSUM);
                update.setInt(2, SEED_CHECKSUM);
                if (update.executeUpdate() > 0) {
                    LOG.info("Version 2 (the retired Qom estates seed) now records the emptied file's checksum; "
                            + "the estates it inserted are kept");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the retired seed's checksum in " + history, e);
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, table);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
