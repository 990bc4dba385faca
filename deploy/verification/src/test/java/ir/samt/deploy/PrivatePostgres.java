package ir.samt.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server of this machine's installation (initdb into a temporary directory, run
 * as the {@code postgres} user), listening on loopback and on extra addresses, e.g. an
 * {@link IsolatedHost}'s link, which the machine's own server (localhost only) does not. Trust
 * authentication, fsync off: for tests.
 */
final class PrivatePostgres implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final Process server;

    private PrivatePostgres(Path dataDir, int port, Process server) {
        this.dataDir = dataDir;
        this.port = port;
        this.server = server;
    }

    static PrivatePostgres start(String... extraListenAddresses) throws Exception {
        Path bin = installationBin();
        Path dataDir = Files.createTempDirectory(Path.of("/tmp"), "samt-private-pg-");
        run("chown", "postgres:postgres", dataDir.toString());
        run("runuser", "-u", "postgres", "--", bin.resolve("initdb").toString(), "-D", dataDir.toString(),
                "-A", "trust", "-U", "postgres", "--no-sync");
        Files.writeString(dataDir.resolve("pg_hba.conf"), "host all all 10.0.0.0/8 trust\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        int port = PackagedServices.freePort();
        List<String> listen = new ArrayList<>(List.of("127.0.0.1"));
        listen.addAll(List.of(extraListenAddresses));
        Process server = new ProcessBuilder("runuser", "-u", "postgres", "--", bin.resolve("postgres").toString(),
                "-D", dataDir.toString(), "-p", String.valueOf(port), "-c", "listen_addresses=" + String.join(",", listen),
                "-c", "unix_socket_directories=" + dataDir, "-c", "fsync=off")
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("server.log").toFile()).start();
        PrivatePostgres postgres = new PrivatePostgres(dataDir, port, server);
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            try (Connection c = postgres.connect("postgres")) {
                return postgres;
            } catch (SQLException notYet) {
                if (Instant.now().isAfter(deadline) || !server.isAlive()) {
                    postgres.close();
                    throw new IllegalStateException("private PostgreSQL did not start: " + notYet);
                }
                Thread.sleep(200);
            }
        }
    }

    int port() {
        return port;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    void createDatabase(String database) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
    }

    @Override
    public void close() {
        try {
            // "fast": does not wait for clients to disconnect
            new ProcessBuilder("runuser", "-u", "postgres", "--", installationBin().resolve("pg_ctl").toString(),
                    "-D", dataDir.toString(), "stop", "-m", "fast").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path installationBin() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("postgres")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL installation under /usr/lib/postgresql"));
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
