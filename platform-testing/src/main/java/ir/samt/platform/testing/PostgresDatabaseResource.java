package ir.samt.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives each test JVM a fresh database (init arg {@code database}, e.g. {@code permits_test}) on the
 * machine's real PostgreSQL, so tests never touch the data of a local run. Flyway builds the schema
 * when the application starts.
 *
 * <p>Server and user come from {@code SAMT_TEST_PG_HOST}, {@code SAMT_TEST_PG_PORT},
 * {@code SAMT_TEST_PG_USER}, {@code SAMT_TEST_PG_PASSWORD} (defaults 127.0.0.1, 5432, postgres, none);
 * {@code SAMT_TEST_DB_SUFFIX} is appended to the database name when set.
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    /** Databases already recreated in this JVM: a Quarkus restart between profiles keeps the data. */
    private static final Set<String> CREATED = new HashSet<>();

    /** The proxy between the service and PostgreSQL when init arg {@code proxied} is true. */
    private static volatile TcpProxy proxy;

    private String database;
    private boolean proxied;

    @Override
    public void init(Map<String, String> initArgs) {
        // SAMT_TEST_DB_SUFFIX lets two checkouts run the same module's tests at once without sharing a database
        database = initArgs.getOrDefault("database", "samt_test") + env("SAMT_TEST_DB_SUFFIX", "");
        proxied = Boolean.parseBoolean(initArgs.getOrDefault("proxied", "false"));
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
    }

    @Override
    public Map<String, String> start() {
        String host = env("SAMT_TEST_PG_HOST", "127.0.0.1");
        String port = env("SAMT_TEST_PG_PORT", "5432");
        String user = env("SAMT_TEST_PG_USER", "postgres");
        String password = env("SAMT_TEST_PG_PASSWORD", "");
        String server = "jdbc:postgresql://" + host + ":" + port + "/";
        synchronized (CREATED) {
            if (CREATED.add(database)) {
                recreate(server + "postgres", user, password);
            }
        }
        String serviceUrl = server + database;
        if (proxied) {
            try {
                proxy = new TcpProxy(host, Integer.parseInt(port));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            serviceUrl = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database;
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", serviceUrl,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    private void recreate(String adminUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + adminUrl
                    + " — start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
        }
    }

    /**
     * The proxy the service reaches PostgreSQL through (init arg {@code proxied=true}): tests cut it to
     * play a database restart or network fault without stopping the shared server.
     */
    public static TcpProxy proxy() {
        if (proxy == null) {
            throw new IllegalStateException("Declare PostgresDatabaseResource with initArg proxied=true");
        }
        return proxy;
    }

    @Override
    public void stop() {
        // keep the database for post-mortems; the next test run drops it
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
