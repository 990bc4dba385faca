package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
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

        PackagedServices.recreateDatabase(DATABASE);
        Path publicKey = writeRsaPublicKey(temp.resolve("public.pem"));
        int httpPort = PackagedServices.freePort();

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
                    "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + PackagedServices.freePort(),
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
                int status = PackagedServices.awaitReady(process, httpPort, READY_WITHIN);
                assertThat(status).as("GET /q/health/ready within " + READY_WITHIN.toSeconds() + " s; log:\n"
                        + PackagedServices.tail(log)).isEqualTo(200);
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

    private static Path writeRsaPublicKey(Path file) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] der = generator.generateKeyPair().getPublic().getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END PUBLIC KEY-----\n";
        return Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }
}
