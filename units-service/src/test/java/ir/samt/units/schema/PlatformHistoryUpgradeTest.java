package ir.samt.units.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import ir.samt.platform.schema.PlatformMigrations;
import ir.samt.platform.testing.PostgresDatabaseResource;

/**
 * The platform's tables moved to a history of their own ({@link PlatformMigrations}). A database
 * migrated before kept their versions in the service's history; here one that had not yet taken
 * platform migration 0.3 (outbox payload TEXT) while V2's Qom estate events still waited in the
 * outbox as JSONB: the move keeps every applied row as it was, 0.3 then applies in the platform's
 * history, and the waiting events survive.
 */
class PlatformHistoryUpgradeTest {

    private static final List<String> UNITS_PLATFORM_FOLDERS = List.of("db/outbox", "db/idempotency", "db/imports");

    private PGSimpleDataSource dataSource;

    @BeforeEach
    void databaseOfThePreviousLayoutBefore03() throws Exception {
        // the same server, user and per-JVM test database naming as every other test (SAMT_TEST_PG_*)
        PostgresDatabaseResource resource = new PostgresDatabaseResource();
        resource.init(Map.of("database", "units_upgrade_test"));
        Map<String, String> settings = resource.start();
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(settings.get("quarkus.datasource.jdbc.url"));
        dataSource.setUser(settings.get("quarkus.datasource.username"));
        dataSource.setPassword(settings.get("quarkus.datasource.password"));
        PreviousLayout.build(dataSource.getUrl(), dataSource.getUser(), dataSource.getPassword(), false);
    }

    @Test
    void thePlatformsRowsMoveUnchangedAndItsLaterMigrationAppliesInItsOwnHistoryKeepingPendingEvents() throws Exception {
        List<String> before = rows("SELECT version, description, type, script, checksum, installed_by, installed_on, "
                + "execution_time, success FROM flyway_schema_history WHERE version LIKE '0.%' ORDER BY installed_rank");
        assertThat(before).hasSize(2);

        PlatformMigrations.migrate(dataSource, "flyway_schema_history", UNITS_PLATFORM_FOLDERS);

        assertThat(rows("SELECT version, description, type, script, checksum, installed_by, installed_on, execution_time, "
                + "success FROM samt_platform_schema_history WHERE version IN ('0.1', '0.2') ORDER BY installed_rank"))
                .isEqualTo(before);
        assertThat(rows("SELECT installed_rank || ' ' || version FROM samt_platform_schema_history ORDER BY installed_rank"))
                .containsExactly("1 0.1", "2 0.2", "3 0.3", "4 0.4", "5 0.5");
        assertThat(rows("SELECT version FROM flyway_schema_history ORDER BY installed_rank")).containsExactly("1", "2", "3");
        assertThat(rows("SELECT data_type FROM information_schema.columns WHERE table_name = 'outbox_event' "
                + "AND column_name = 'payload'")).containsExactly("text");
        assertThat(rows("SELECT count(*) FROM outbox_event WHERE type = 'ir.samt.estate.registered' "
                + "AND (payload::jsonb) -> 'data' ->> 'province' = 'IR-25'")).containsExactly("11");
    }

    @Test
    void aSecondStartFindsNothingToMoveAndNothingToApply() throws Exception {
        PlatformMigrations.migrate(dataSource, "flyway_schema_history", UNITS_PLATFORM_FOLDERS);
        List<String> platform = rows("SELECT installed_rank || version || checksum || installed_on FROM samt_platform_schema_history");

        assertThat(PlatformMigrations.migrate(dataSource, "flyway_schema_history", UNITS_PLATFORM_FOLDERS).migrationsExecuted)
                .isZero();

        assertThat(rows("SELECT installed_rank || version || checksum || installed_on FROM samt_platform_schema_history"))
                .isEqualTo(platform);
        assertThat(rows("SELECT version FROM flyway_schema_history ORDER BY installed_rank")).containsExactly("1", "2", "3");
    }

    private List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
