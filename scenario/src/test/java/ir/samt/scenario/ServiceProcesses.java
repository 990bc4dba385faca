package ir.samt.scenario;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

/**
 * The packaged services as separate processes, as an operator runs them: each started with
 * `java -jar quarkus-run.jar` and nothing but environment variables, on its own fresh database.
 */
final class ServiceProcesses implements AutoCloseable {

    static final String ISSUER = "https://auth.samt.scenario";

    private final Path root;
    private final Path work;
    private final String bootstrapServers;
    private final Map<String, Process> processes = new HashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();
    final Path privateKey;
    private final Path publicKey;

    ServiceProcesses(Path root, Path work, String bootstrapServers) throws Exception {
        this.root = root;
        this.work = work;
        this.bootstrapServers = bootstrapServers;
        Files.createDirectories(work);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        privateKey = work.resolve("private.pem");
        publicKey = work.resolve("public.pem");
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    static boolean packaged(Path root) {
        return Files.exists(jar(root, "permits")) && Files.exists(jar(root, "units")) && Files.exists(jar(root, "stats"));
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    void freshDatabase(String service) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database(service) + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database(service));
        }
    }

    /** scenario_permits etc.; SAMT_TEST_DB_SUFFIX lets two checkouts run the scenario at once (as for the tests). */
    private static String database(String service) {
        String suffix = System.getenv("SAMT_TEST_DB_SUFFIX");
        return "scenario_" + service + (suffix == null ? "" : suffix);
    }

    void start(String service) throws IOException {
        int port = ports.computeIfAbsent(service, s -> freePort());
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx384m", "-jar", jar(root, service).toString());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + database(service));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("JWT_PUBLIC_KEY_LOCATION", "file:" + publicKey);
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
        env.put("QUARKUS_OTEL_SDK_DISABLED", "true");
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        if (service.equals("permits")) {
            // permits-service checks the estates and units a licence names against units-service
            ports.computeIfAbsent("units", s -> freePort());
            env.put("SAMT_UNITS_URL", url("units"));
        }
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(service + ".log").toFile()));
        processes.put(service, builder.start());
    }

    void awaitReady(String service) {
        Awaitility.await(service + " ready").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!processes.get(service).isAlive()) {
                        throw new IllegalStateException(service + " exited; see " + work.resolve(service + ".log"));
                    }
                    return ServiceClients.ready(url(service));
                });
    }

    /**
     * What an operator does once a deployment runs: registers the reference data (every province's
     * industrial towns and zones in deploy/reference) with units-service's API through the operator command.
     */
    void loadReferenceData(String unitsOfficerToken) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("deploy/reference/load-estates.sh").toString()));
        try (Stream<Path> files = Files.list(root.resolve("deploy/reference"))) {
            files.filter(f -> f.getFileName().toString().endsWith("-estates.ndjson")).sorted().map(Path::toString)
                    .forEach(command::add);
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("reference-data.log").toFile()));
        builder.environment().put("UNITS_URL", url("units"));
        builder.environment().put("TOKEN", unitsOfficerToken);
        Process process = builder.start();
        if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("deploy/reference/load-estates.sh failed; see " + work.resolve("reference-data.log"));
        }
    }

    void stop(String service) throws InterruptedException {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroy(); // SIGTERM: Quarkus shuts down gracefully
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (String service : new java.util.ArrayList<>(processes.keySet())) {
            stop(service);
        }
    }

    private static Path jar(Path root, String service) {
        return root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
