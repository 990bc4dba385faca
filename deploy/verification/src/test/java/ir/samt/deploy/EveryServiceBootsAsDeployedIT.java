package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ir.samt.kafka.ContractTopics;
import ir.samt.kafka.KafkaBroker;

/**
 * The three services of the production overlay, started as the cluster starts them: each with exactly
 * its container's environment (every variable the manifest sets, Secrets included), the JVM options the
 * image's run-java.sh derives from that environment ({@link ImageJavaOptions}), as a PostgreSQL login
 * with only what CloudNativePG's managed role and {@code Database} give it, on a broker that requires
 * SASL/SCRAM-SHA-512 and enforces exactly the ACLs of the rendered {@code KafkaUser}s, with tokens from an
 * identity provider's JWKS endpoint. Once Qom's reference estates are registered through units-service
 * with the operator command (deploy/reference/load-estates.sh), a licence issued through permits-service
 * must reach stats-service's totals, and stats must publish them on the totals topic.
 *
 * <p>Only values that exist inside a cluster are replaced by local ones (addresses, ports, Secret
 * contents, the JWKS URL); the test fails if a manifest sets a variable it does not know how to provide.
 * Not reproduced here: TLS to PostgreSQL ({@code sslmode=verify-full}: this machine's PostgreSQL has no
 * certificate), and the image's file system (the jar runs from target/quarkus-app, the image's /deployments).
 */
class EveryServiceBootsAsDeployedIT {

    private static final Duration READY_WITHIN = Duration.ofSeconds(150);
    private static final Duration TOTALS_WITHIN = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void aLicenceIssuedThroughPermitsReachesStatsTotalsWithEveryServiceAsDeployed() throws Exception {
        for (String service : ServiceConfig.SERVICES) {
            assumeTrue(Files.isRegularFile(quarkusApp(service).resolve("quarkus-run.jar")),
                    "build " + service + " first (the reactor builds it before this module)");
        }
        Manifests production = Manifests.render("production");
        KeyPair signingKey = LocalIdentityProvider.rsa();
        Map<String, String> kafkaPasswords = new HashMap<>();
        production.ofKind("KafkaUser").forEach(u -> kafkaPasswords.put(Manifests.name(u), UUID.randomUUID().toString()));

        List<Process> processes = new ArrayList<>();
        try (LocalIdentityProvider identityProvider = LocalIdentityProvider.publishing(
                        RenderTree.VERIFICATION_ISSUER, Map.of("samt-2026", signingKey));
                KafkaBroker broker = KafkaBroker.secured().start()) {
            // in a cluster the KafkaTopic and KafkaUser resources exist before the services
            broker.createTopics(ContractTopics.ALL);
            StrimziUsers.apply(production, broker, kafkaPasswords);

            Map<String, Integer> ports = new LinkedHashMap<>();
            ServiceConfig.SERVICES.forEach(s -> ports.put(s, freePort()));
            for (String service : ServiceConfig.SERVICES) {
                String name = service.substring(0, service.indexOf('-'));
                String database = PackagedServices.named(name + "_deployed_test");
                String role = PackagedServices.named("samt_deployed_" + name);
                PackagedServices.recreateDatabaseOwnedBy(database, role);

                Map<String, String> local = Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + database,
                        "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                        "JWT_PUBLIC_KEY_LOCATION", identityProvider.jwksUrl(),
                        "SAMT_UNITS_URL", "http://127.0.0.1:" + ports.get("units-service"),
                        "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + freePort(),
                        "QUARKUS_HTTP_PORT", String.valueOf(ports.get(service)));
                Map<String, String> secrets = Map.of(
                        "samt-pg-" + name + "/username", role,
                        "samt-pg-" + name + "/password", "unused-with-trust-auth",
                        "samt-" + name + "/sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"samt-" + name
                                + "\" password=\"" + kafkaPasswords.get("samt-" + name) + "\";");
                processes.add(start(service, containerEnvironment(production, service, secrets, local)));
            }

            for (int i = 0; i < processes.size(); i++) {
                String service = ServiceConfig.SERVICES.get(i);
                assertThat(PackagedServices.awaitReady(processes.get(i), ports.get(service), READY_WITHIN))
                        .as(service + " ready within " + READY_WITHIN.toSeconds() + " s; log:\n"
                                + PackagedServices.tail(log(service)))
                        .isEqualTo(200);
            }

            // the licence names town IR-25-T01: reference data no migration holds, registered as an operator does
            String unitsOfficer = identityProvider.token(signingKey, "samt-2026", "operator-25", List.of("units-officer"), "IR-25");
            Process reference = loadReferenceEstates(ports.get("units-service"), unitsOfficer);
            assertThat(reference.exitValue()).as("deploy/reference/load-estates.sh; output:\n"
                    + PackagedServices.tail(temp.resolve("reference-data.log"))).isZero();

            String token = identityProvider.token(signingKey, "samt-2026", "officer-25",
                    List.of("permits-officer", "permits-reader"), "IR-25");
            HttpResponse<String> issued = issueLicence(ports.get("permits-service"), token);
            assertThat(issued.statusCode()).as("POST /permits: " + issued.body()).isEqualTo(201);

            JsonNode summary = awaitIssuedLicences(ports.get("stats-service"), 1);
            assertThat(summary.path("licences").path("issued").path("count").asLong())
                    .as("stats-service's IR-25 totals after one licence; stats log:\n"
                            + PackagedServices.tail(log("stats-service")))
                    .isEqualTo(1);
            assertThat(PackagedServices.recordArrives(broker.superUserBootstrapServers(),
                    ContractTopics.PROVINCE_TOTALS.name(), r -> "IR-25".equals(r.key()), Duration.ofSeconds(60))).as("stats-service published IR-25's totals (its Write ACL)")
                    .isTrue();
        } finally {
            for (Process process : processes) {
                process.destroy();
            }
            for (Process process : processes) {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    /**
     * A container's environment as the kubelet builds it from the manifest: literal values, ConfigMap keys
     * and Secret keys (from the local stand-ins), with the cluster-only values replaced by local ones.
     */
    private static Map<String, String> containerEnvironment(Manifests manifests, String service,
            Map<String, String> secrets, Map<String, String> local) {
        JsonNode container = Manifests.container(manifests.get("Deployment", service), service);
        assertThat(container.has("envFrom")).as(service + ": envFrom is not reproduced here").isFalse();
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode var : container.path("env")) {
            String name = var.path("name").asText();
            JsonNode secretRef = var.path("valueFrom").path("secretKeyRef");
            String value;
            if (!secretRef.isMissingNode()) {
                String key = secretRef.path("name").asText() + "/" + secretRef.path("key").asText();
                assertThat(secrets).as(service + ": local stand-in for Secret " + key).containsKey(key);
                value = secrets.get(key);
            } else {
                value = manifests.configValue(var);
                if (value == null) {
                    continue; // an optional ConfigMap key the manifest does not set
                }
            }
            env.put(name, local.getOrDefault(name, value));
        }
        assertThat(env).as(service).containsKeys(ServiceConfig.REQUIRED_ENV.toArray(String[]::new));
        assertThat(local.keySet().stream().filter(k -> !k.equals("SAMT_UNITS_URL") || service.equals("permits-service")))
                .as(service + ": every local value replaces a variable the manifest sets").allMatch(env::containsKey);
        return env;
    }

    /** java with the options the image's run-java.sh would pass for this environment, then -jar quarkus-run.jar. */
    private Process start(String service, Map<String, String> containerEnv) throws Exception {
        Map<String, String> imageAndContainer = new HashMap<>(ImageJavaOptions.imageEnv(service));
        imageAndContainer.putAll(containerEnv);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ImageJavaOptions.options(imageAndContainer));
        command.add("-jar");
        command.add(quarkusApp(service).resolve("quarkus-run.jar").toString());
        Files.writeString(temp.resolve(service + ".command"), String.join(" ", command));

        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true)
                .redirectOutput(log(service).toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        for (String keep : List.of("PATH", "HOME")) {
            String value = System.getenv(keep);
            if (value != null) {
                env.put(keep, value);
            }
        }
        env.putAll(imageAndContainer);
        return builder.start();
    }

    /** deploy/reference/load-estates.sh with Qom's reference file, as the operator runs it once the services are up. */
    private Process loadReferenceEstates(int unitsPort, String token) throws Exception {
        Path reference = Manifests.repoRoot().resolve("deploy/reference");
        ProcessBuilder builder = new ProcessBuilder("bash", reference.resolve("load-estates.sh").toString(),
                reference.resolve("IR-25-estates.ndjson").toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("reference-data.log").toFile());
        builder.environment().put("UNITS_URL", "http://127.0.0.1:" + unitsPort);
        builder.environment().put("TOKEN", token);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("deploy/reference/load-estates.sh finished").isTrue();
        return process;
    }

    private static HttpResponse<String> issueLicence(int port, String token) throws Exception {
        String body = """
                {"kind": "OPERATING", "scope": "NEW",
                 "holder": {"name": "شرکت پلیمر البرز قم", "nationalId": "10380284790"},
                 "province": "IR-25", "county": "قم", "estateCode": "IR-25-T01",
                 "activityCode": "2520", "fixedInvestmentRials": "660377358490", "jobs": 57}
                """;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/permits"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** IR-25's summary once it counts {@code expected} issued licences, or the last one read. */
    private static JsonNode awaitIssuedLicences(int port, long expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stats/provinces/IR-25"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(TOTALS_WITHIN);
        JsonNode last = JSON.createObjectNode();
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 200) {
                last = JSON.readTree(response.body());
                if (last.path("licences").path("issued").path("count").asLong() >= expected) {
                    return last;
                }
            }
            Thread.sleep(1000);
        }
        return last;
    }


    private static Path quarkusApp(String service) {
        return Manifests.repoRoot().resolve(service).resolve("target/quarkus-app");
    }

    private Path log(String service) {
        return temp.resolve(service + ".log");
    }

    private static int freePort() {
        try {
            return PackagedServices.freePort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
