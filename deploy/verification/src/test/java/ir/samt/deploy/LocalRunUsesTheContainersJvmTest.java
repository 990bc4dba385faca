package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * deploy/local/run.sh starts each service's JVM with the flags its production container gets: the collector
 * and JAVA_OPTS_APPEND of the rendered Deployment (both generated from base/services/jvm/&lt;service&gt;.env), and
 * the container's memory limit as the memory the JVM sizes its heap from.
 */
class LocalRunUsesTheContainersJvmTest {

    @ParameterizedTest
    @ValueSource(strings = { "permits", "units", "stats" })
    void theLocalRunStartsEachServiceWithItsProductionContainersJvmFlags(String name) {
        String service = name + "-service";
        Manifests production = Manifests.render("production");
        Map<String, String> container = ServiceJvmStartsWithItsImageOptionsTest.containerEnv(production, service);

        List<String> local = localRunOptions(name);

        JsonNode limits = Manifests.container(production.get("Deployment", service), service)
                .path("resources").path("limits");
        String limit = limits.path("memory").asText();
        assertThat(limit).as(service + " memory limit").endsWith("Mi");
        List<String> expected = new ArrayList<>();
        expected.add("-XX:MaxRAM=" + limit.replace("Mi", "m"));
        expected.add(container.getOrDefault("GC_CONTAINER_OPTIONS", "-XX:+UseParallelGC"));
        expected.addAll(Arrays.asList(container.get("JAVA_OPTS_APPEND").trim().split("\\s+")));
        assertThat(local).as("run.sh's options for " + service).isEqualTo(expected);

        JvmLaunch launch = JvmLaunch.run(local, "-version");
        assertThat(launch.exitCode()).as("java " + local + "\n" + launch.output()).isZero();
    }

    /** What run.sh's jvm_options prints for the service, run by bash from the script itself. */
    private static List<String> localRunOptions(String name) {
        String script = Manifests.repoRoot().resolve("deploy/local/run.sh").toString();
        String output = Manifests.run("bash", "-c", "ROOT=" + Manifests.repoRoot()
                + "; eval \"$(sed -n '/^CONTAINER_MEMORY_LIMIT=/p;/^container_jvm_setting()/,/^}/p;/^jvm_options()/,/^}/p' "
                + script + ")\"; jvm_options " + name);
        return Arrays.stream(output.trim().split("\\s+")).toList();
    }
}
