package ir.samt.units.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;

/**
 * A units database as the releases before issue 14 left it: the platform's migrations (0.x) recorded
 * in the service's own {@code flyway_schema_history}, 0.3 applied out of order after the service's V3
 * (as every deployment took it), and V2 the migration that seeded Qom's eleven estates with their
 * events. {@code released-migrations/V2__qom_estates.sql} is that V2 byte for byte (main at 447d541);
 * the other files have not changed since and are taken from the classpath.
 */
final class PreviousLayout {

    private PreviousLayout() {
    }

    /**
     * Empties the database and migrates it as a deployment of the previous release did.
     *
     * @param withPayloadText whether platform migration 0.3 (outbox payload TEXT) had been applied too
     */
    static void build(String url, String user, String password, boolean withPayloadText) throws IOException, SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        Path dir = Files.createTempDirectory("units-previous-layout");
        copy("db/outbox/V0_1__outbox.sql", dir);
        copy("db/idempotency/V0_2__idempotency.sql", dir);
        copy("db/migration/V1__units.sql", dir);
        copy("released-migrations/V2__qom_estates.sql", dir);
        copy("db/migration/V3__name_key_unbounded.sql", dir);
        flyway(url, user, password, dir).load().migrate();
        if (withPayloadText) {
            copy("db/outbox/V0_3__outbox_payload_text.sql", dir);
            flyway(url, user, password, dir).outOfOrder(true).load().migrate();
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user, String password,
            Path dir) {
        return Flyway.configure().dataSource(url, user, password).locations("filesystem:" + dir);
    }

    private static void copy(String resource, Path dir) throws IOException {
        try (InputStream in = PreviousLayout.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            Files.copy(in, dir.resolve(Path.of(resource).getFileName()));
        }
    }
}
