package ir.samt.deploy.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Strimzi's CRDs, made the way Strimzi's own release build makes them: its {@code CrdGenerator} (Maven
 * Central {@code io.strimzi:crd-generator}) run over the API model classes ({@code io.strimzi:api}) of the
 * pinned release, with the arguments of the release's api/pom.xml. The result is byte for byte the release's
 * packaging/install files (CrdFilesAreThePinnedReleasesTest compares the digests), so the Strimzi part of the
 * schema check needs nothing outside Maven Central. The pom copies both jars to target/strimzi-crd-generator.
 * The generator is built for Java 21: it runs on a JDK of 21 or later from /usr/lib/jvm (Temurin 25 on the
 * machines this project builds on) or $SAMT_CRD_GENERATOR_JAVA_HOME.
 */
public final class StrimziCrds {

    public static final String VERSION = "1.2.0";

    /** File name (as in deploy/schemas/README.md) to the API class it is generated from. */
    private static final Map<String, String> CRDS = Map.of(
            "strimzi-" + VERSION + "-kafka.yaml", "io.strimzi.api.kafka.model.kafka.Kafka",
            "strimzi-" + VERSION + "-kafkatopic.yaml", "io.strimzi.api.kafka.model.topic.KafkaTopic",
            "strimzi-" + VERSION + "-kafkauser.yaml", "io.strimzi.api.kafka.model.user.KafkaUser",
            "strimzi-" + VERSION + "-kafkanodepool.yaml", "io.strimzi.api.kafka.model.nodepool.KafkaNodePool");

    private StrimziCrds() {
    }

    /** The folder holding the four generated CRDs (generated on first use per build). */
    public static synchronized Path generated(Path repoRoot) {
        Path target = repoRoot.resolve("deploy/verification/target");
        Path out = target.resolve("crds/strimzi-" + VERSION);
        if (CRDS.keySet().stream().allMatch(f -> Files.isRegularFile(out.resolve(f)))) {
            return out;
        }
        Path jars = target.resolve("strimzi-crd-generator");
        Path api = jars.resolve("api-" + VERSION + ".jar");
        Path generator = jars.resolve("crd-generator-" + VERSION + ".jar");
        if (!Files.isRegularFile(api) || !Files.isRegularFile(generator)) {
            throw new IllegalStateException("No " + api + " / " + generator
                    + ": the pom copies them (maven-dependency-plugin, generate-test-resources); build with Maven");
        }
        try {
            Files.createDirectories(out);
            List<String> command = new ArrayList<>(List.of(java21().toString(), "-cp", api + ":" + generator,
                    "io.strimzi.crdgenerator.CrdGenerator",
                    // api/pom.xml of the release tag, execution generate-crds
                    "--label", "app:strimzi", "--label", "strimzi.io/crd-install:true", "--target-kube", "1.16+",
                    "--crd-api-version", "v1", "--api-versions", "v1", "--storage-version", "v1", "--yaml"));
            CRDS.forEach((file, type) -> command.add(type + "=" + out.resolve(file)));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Strimzi's CrdGenerator failed: " + output);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path java21() throws IOException {
        String home = System.getenv("SAMT_CRD_GENERATOR_JAVA_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home, "bin", "java");
        }
        Pattern version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            Optional<Path> found = jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                    .filter(jdk -> {
                        try {
                            Matcher m = version.matcher(Files.readString(jdk.resolve("release")));
                            return m.find() && Integer.parseInt(m.group(1)) >= 21;
                        } catch (IOException | RuntimeException notAJdk) {
                            return false;
                        }
                    })
                    .max(Comparator.naturalOrder());
            return found.map(jdk -> jdk.resolve("bin/java")).orElseThrow(() -> new IllegalStateException(
                    "Strimzi's CrdGenerator needs Java 21 or later: none under /usr/lib/jvm"
                            + " (set SAMT_CRD_GENERATOR_JAVA_HOME)"));
        }
    }
}
