package ir.samt.units.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ir.samt.platform.testing.PostgresDatabaseResource;

/**
 * The outbox payload became TEXT in platform migration 0.3, after this service's V1 and V2 had run
 * in existing databases. Those databases must upgrade on the next start without losing the events
 * still waiting in the outbox (V2 wrote the Qom estates' events as JSONB).
 */
class OutboxPayloadUpgradeTest {

    private String url;
    private String user;
    private String password;

    @BeforeEach
    void databaseAsBeforeMigration03() throws SQLException {
        // the same server, user and per-JVM test database as every other test (SAMT_TEST_PG_*)
        PostgresDatabaseResource resource = new PostgresDatabaseResource();
        resource.init(Map.of("database", "units_upgrade_test"));
        Map<String, String> settings = resource.start();
        url = settings.get("quarkus.datasource.jdbc.url");
        user = settings.get("quarkus.datasource.username");
        password = settings.get("quarkus.datasource.password");
        // the resource creates the database once per JVM: each test starts from an empty schema
        sql("DROP SCHEMA public CASCADE");
        sql("CREATE SCHEMA public");
        flyway(true).migrate();
        // roll the database back to what a deployment before 0.3 holds
        sql("DELETE FROM flyway_schema_history WHERE version = '0.3'");
        sql("ALTER TABLE outbox_event ALTER COLUMN payload TYPE jsonb USING payload::jsonb");
    }

    @Test
    void anExistingDatabaseTakesTheLaterPlatformMigrationAndKeepsItsPendingEvents() throws Exception {
        assertEquals("true", platformConfig().getProperty("quarkus.flyway.out-of-order"));

        flyway(true).migrate();

        assertEquals("text", query("SELECT data_type FROM information_schema.columns "
                + "WHERE table_name = 'outbox_event' AND column_name = 'payload'"));
        assertEquals("11", query("SELECT count(*) FROM outbox_event WHERE type = 'ir.samt.estate.registered' "
                + "AND (payload::jsonb) -> 'data' ->> 'province' = 'IR-25'"));
    }

    @Test
    void withoutOutOfOrderTheSameUpgradeWouldStopTheService() {
        assertThrows(FlywayException.class, () -> flyway(false).migrate());
    }

    private Flyway flyway(boolean outOfOrder) {
        return Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/outbox", "classpath:db/idempotency")
                .outOfOrder(outOfOrder).load();
    }

    /** The shared configuration every service gets from the platform jar. */
    private static Properties platformConfig() throws Exception {
        var resources = Thread.currentThread().getContextClassLoader().getResources("META-INF/microprofile-config.properties");
        while (resources.hasMoreElements()) {
            var url = resources.nextElement();
            Properties properties = new Properties();
            try (InputStream in = url.openStream()) {
                properties.load(in);
            }
            if (url.toString().contains("platform")) {
                return properties;
            }
        }
        throw new AssertionError("the platform's microprofile-config.properties is not on the classpath");
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private String query(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(statement)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
