package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every service container's JVM starts with the options its image's run-java.sh would give it: the image's
 * defaults plus the manifest's environment, on this machine's JDK 17 (the image's major). stats-service once
 * put -XX:+UseSerialGC into JAVA_OPTS_APPEND on top of the image's -XX:+UseParallelGC and never started.
 */
class ServiceJvmStartsWithItsImageOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void everyServiceJvmStartsWithTheOptionsItsImageAssemblesFromTheManifest(String overlay) {
        Manifests m = Manifests.render(overlay);
        SoftAssertions soft = new SoftAssertions();
        for (String service : ServiceConfig.SERVICES) {
            List<String> options = ImageJavaOptions.options(containerEnv(m, service));
            JvmLaunch launch = JvmLaunch.run(options, "-version");
            soft.assertThat(launch.exitCode()).as(overlay + "/" + service + ": java " + options + "\n" + launch.output())
                    .isZero();
        }
        soft.assertAll();
    }

    @Test
    void statsServiceRunsTheSerialCollectorItWasMeasuredWith() {
        List<String> options = ImageJavaOptions.options(containerEnv(Manifests.render("production"), "stats-service"));
        JvmLaunch launch = JvmLaunch.run(options, "-XX:+PrintFlagsFinal", "-version");
        assertThat(launch.exitCode()).as(launch.output()).isZero();
        assertThat(launch.flag("UseSerialGC")).as("UseSerialGC with " + options).isTrue();
        assertThat(launch.flag("UseParallelGC")).as("UseParallelGC with " + options).isFalse();
    }

    @Test
    void aCollectorInJavaOptsAppendOnTopOfTheImagesDefaultStopsTheJvm() {
        // the stats-service manifest before the fix: the launch check must see this fail
        Map<String, String> env = new HashMap<>(ImageJavaOptions.imageEnv("stats-service"));
        env.put("JAVA_OPTS_APPEND", "-Xmx160m -XX:+UseSerialGC");
        JvmLaunch launch = JvmLaunch.run(ImageJavaOptions.options(env), "-version");
        assertThat(launch.exitCode()).isNotZero();
        assertThat(launch.output()).contains("Multiple garbage collectors selected");
    }

    /** The image's ENV overlaid with the service container's env values (literal or from ConfigMaps; no Secrets). */
    static Map<String, String> containerEnv(Manifests m, String service) {
        Map<String, String> env = new HashMap<>(ImageJavaOptions.imageEnv(service));
        JsonNode container = Manifests.container(m.get("Deployment", service), service);
        for (JsonNode var : container.path("env")) {
            String value = m.configValue(var);
            if (value != null) {
                env.put(var.path("name").asText(), value);
            }
        }
        return env;
    }
}
