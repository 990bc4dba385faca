package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ir.samt.kafka.ContractTopics;
import ir.samt.kafka.KafkaBroker;

/**
 * permits-service's prod profile starts with exactly the environment the dev overlay gives its
 * container: every variable the manifest sets, nothing else but PATH, JAVA_HOME and HOME. Values that
 * only exist inside a cluster (Secret contents, in-cluster addresses) are replaced by local ones: the
 * local PostgreSQL, an in-process Kafka broker (PLAINTEXT, no SASL) and a freshly generated JWT key.
 */
class PermitsProdProfileStartsWithManifestEnvIT {

    private static final String SERVICE = "permits-service";
    private static final String DATABASE = "permits_k8s_test";
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    @Test
    void prodProfileBecomesReadyWithOnlyTheManifestEnvironment() throws Exception {
        Path jar = Manifests.repoRoot().resolve(SERVICE).resolve("target/quarkus-app/quarkus-run.jar");
        assumeTrue(Files.isRegularFile(jar), "build " + SERVICE + " first (the reactor builds it before this module)");

        Manifests dev = Manifests.render("dev");
        JsonNode deployment = dev.get("Deployment", SERVICE);
        JsonNode container = Manifests.container(deployment, SERVICE);

        recreateDatabase();
        Path publicKey = writeRsaPublicKey(temp.resolve("public.pem"));
        int httpPort = freePort();

        try (KafkaBroker broker = KafkaBroker.temporary().start()) {
            // in a cluster the KafkaTopic resources exist before the services (auto-create is off)
            broker.createTopics(ContractTopics.ALL);

            // cluster-only values -> local ones; the names all come from the manifest
            Map<String, String> local = Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "KAFKA_SECURITY_PROTOCOL", "PLAINTEXT",
                    "KAFKA_SASL_MECHANISM", "",
                    "JWT_PUBLIC_KEY_LOCATION", "file:" + publicKey,
                    "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + freePort(),
                    "QUARKUS_HTTP_PORT", String.valueOf(httpPort));
            Map<String, String> secrets = Map.of(
                    "samt-pg-permits/username", "postgres",
                    "samt-pg-permits/password", "",
                    "samt-permits/sasl.jaas.config", "");

            Map<String, String> manifestEnv = new LinkedHashMap<>();
            for (JsonNode var : container.path("env")) {
                String name = var.path("name").asText();
                String value;
                JsonNode secretRef = var.path("valueFrom").path("secretKeyRef");
                if (!secretRef.isMissingNode()) {
                    String key = secretRef.path("name").asText() + "/" + secretRef.path("key").asText();
                    assertThat(secrets).as("local stand-in for Secret " + key).containsKey(key);
                    value = secrets.get(key);
                } else {
                    value = dev.configValue(var);
                    assertThat(value).as(name + " resolves from the manifest").isNotNull();
                }
                manifestEnv.put(name, local.getOrDefault(name, value));
            }
            assertThat(manifestEnv).containsKeys(ServiceConfig.REQUIRED_ENV.toArray(String[]::new));
            assertThat(local.keySet()).as("every local override replaces a variable the manifest sets")
                    .allMatch(manifestEnv::containsKey);

            Path log = temp.resolve(SERVICE + ".log");
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                    .directory(temp.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.clear();
            for (String keep : List.of("PATH", "JAVA_HOME", "HOME")) {
                String value = System.getenv(keep);
                if (value != null) {
                    env.put(keep, value);
                }
            }
            env.putAll(manifestEnv);

            Process process = builder.start();
            try {
                int status = awaitReady(process, httpPort);
                assertThat(status).as("GET /q/health/ready within " + READY_WITHIN.toSeconds() + " s; log:\n"
                        + tail(log)).isEqualTo(200);
                // the prod profile is the one running: its console logs are JSON
                assertThat(Files.readAllLines(log, StandardCharsets.UTF_8)).as("JSON log lines (prod profile)")
                        .anyMatch(line -> line.startsWith("{") && line.contains("\"level\""));
            } finally {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static int awaitReady(Process process, int port) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                return -1000 - process.exitValue();
            }
            try {
                last = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == 200) {
                    return last;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        return last;
    }

    private static void recreateDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        }
    }

    private static Path writeRsaPublicKey(Path file) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] der = generator.generateKeyPair().getPublic().getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END PUBLIC KEY-----\n";
        return Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
