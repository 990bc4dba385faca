package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ir.samt.kafka.ContractTopics;
import ir.samt.kafka.KafkaBroker;

/**
 * Production verifies tokens against the identity provider's JWKS endpoint, not a key fixed at deploy
 * time: the packaged permits-service, in its prod profile, is pointed at a local JWKS endpoint that
 * rotates keys. A token signed by a newly published key is accepted without a restart; once the old key
 * is withdrawn, a token it signed is refused.
 */
class TokensFromARotatingIdentityProviderIT {

    private static final String DATABASE = PackagedServices.named("permits_jwks_test");
    /** permits-service's own default (application.properties), which the test leaves in place */
    private static final String ISSUER = "https://auth.samt.ir";

    @TempDir
    Path temp;

    @Test
    void aNewlyPublishedKeyIsAcceptedWithoutARestartAndAWithdrawnKeyIsRefused() throws Exception {
        Path jar = Manifests.repoRoot().resolve("permits-service/target/quarkus-app/quarkus-run.jar");
        assumeTrue(Files.isRegularFile(jar), "build permits-service first (the reactor builds it before this module)");
        KeyPair first = LocalIdentityProvider.rsa();
        KeyPair second = LocalIdentityProvider.rsa();
        try (LocalIdentityProvider provider = LocalIdentityProvider.publishing(ISSUER, Map.of("key-1", first))) {
            run(jar, provider, first, second);
        }
    }

    private void run(Path jar, LocalIdentityProvider provider, KeyPair first, KeyPair second) throws Exception {
        PackagedServices.recreateDatabase(DATABASE);
        int port = PackagedServices.freePort();
        Path log = temp.resolve("permits.log");
        try (KafkaBroker broker = KafkaBroker.temporary().start()) {
            broker.createTopics(ContractTopics.ALL);
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString()).directory(temp.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(Map.of(
                    "QUARKUS_HTTP_PORT", String.valueOf(port),
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "QUARKUS_OTEL_SDK_DISABLED", "true",
                    // what docs/operations.md sets for a Keycloak realm: its JWKS endpoint
                    "JWT_PUBLIC_KEY_LOCATION", provider.jwksUrl(),
                    // the production default allows a forced refresh once a minute; the test cannot wait that long
                    "SMALLRYE_JWT_JWKS_FORCED_REFRESH_INTERVAL", "0"));
            Process process = builder.start();
            try {
                assertThat(PackagedServices.awaitReady(process, port, Duration.ofSeconds(90)))
                        .as("permits-service ready; log:\n" + PackagedServices.tail(log)).isEqualTo(200);

                assertThat(listPermits(port, token(provider, first, "key-1"))).as("a token of the published key").isEqualTo(200);

                provider.publish(Map.of("key-1", first, "key-2", second));
                assertThat(listPermits(port, token(provider, second, "key-2"))).as("a token of a newly published key, no restart")
                        .isEqualTo(200);

                provider.publish(Map.of("key-2", second));
                assertThat(listPermits(port, token(provider, second, "key-2"))).as("the current key after rotation").isEqualTo(200);
                // refused once the cached set has expired (the provider's max-age, here 2 s; at most 10 minutes)
                Instant until = Instant.now().plusSeconds(20);
                int withdrawn = listPermits(port, token(provider, first, "key-1"));
                while (withdrawn != 401 && Instant.now().isBefore(until)) {
                    Thread.sleep(500);
                    withdrawn = listPermits(port, token(provider, first, "key-1"));
                }
                assertThat(withdrawn).as("a token of the withdrawn key").isEqualTo(401);
                assertThat(listPermits(port, token(provider, LocalIdentityProvider.rsa(), "key-2"))).as("a forged token under a published key id")
                        .isEqualTo(401);
            } finally {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static String token(LocalIdentityProvider provider, KeyPair key, String keyId) {
        return provider.token(key, keyId, "reader", List.of("permits-reader"), null);
    }

    private static int listPermits(int port, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/permits"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(20)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
