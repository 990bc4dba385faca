package ir.samt.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options the services' base image (registry.access.redhat.com/ubi9/openjdk-17-runtime, the
 * FROM of every src/main/docker/Dockerfile.jvm) starts java with, rebuilt from a container's environment.
 * Follows the image's /opt/jboss/container/java/run/run-java.sh and .../java/jvm/java-default-options
 * (rh-openjdk/redhat-openjdk-containers, branch ubi9, commit 7b635be6; the same in tag
 * ubi9-openjdk-containers-1.21):
 * <pre>
 *   opts = ${JAVA_OPTS-  debug_opts proxy_opts jvm_opts ${JAVA_OPTS_APPEND}}
 *   jvm_opts = -XX:MaxRAMPercentage=${JAVA_MAX_MEM_RATIO:-80}.0
 *              ${GC_CONTAINER_OPTIONS:--XX:+UseParallelGC} -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20
 *              -XX:GCTimeRatio=4 -XX:AdaptiveSizePolicyWeight=90 [Max]MetaspaceSize... [diagnostics]
 *              -XX:+ExitOnOutOfMemoryError
 * </pre>
 * So a collector flag in JAVA_OPTS_APPEND comes on top of the image's -XX:+UseParallelGC and the JVM refuses
 * to start ("Multiple garbage collectors selected"); GC_CONTAINER_OPTIONS replaces it.
 */
final class ImageJavaOptions {

    private static final Pattern ENV_LINE = Pattern.compile("^ENV\\s+([A-Z_]+)=\"([^\"]*)\"", Pattern.MULTILINE);

    private ImageJavaOptions() {
    }

    /** The ENV defaults a service's Dockerfile.jvm bakes into its image (overridden by the container's env). */
    static Map<String, String> imageEnv(String service) {
        Path dockerfile = Manifests.repoRoot().resolve(service).resolve("src/main/docker/Dockerfile.jvm");
        try {
            Map<String, String> env = new HashMap<>();
            Matcher m = ENV_LINE.matcher(Files.readString(dockerfile));
            while (m.find()) {
                env.put(m.group(1), m.group(2));
            }
            return env;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options run-java.sh passes to java for this environment (image ENV already merged in). */
    static List<String> options(Map<String, String> env) {
        if (env.containsKey("JAVA_OPTS")) {
            return split(env.get("JAVA_OPTS")); // replaces everything, including the image's defaults
        }
        if (!env.getOrDefault("JAVA_DEBUG", "").isEmpty()) {
            throw new IllegalArgumentException("JAVA_DEBUG opens a debug port: not in a cluster manifest");
        }
        List<String> opts = new ArrayList<>();
        String ratio = env.getOrDefault("JAVA_MAX_MEM_RATIO", "");
        if (!ratio.equals("0")) {
            opts.add("-XX:MaxRAMPercentage=" + (ratio.isEmpty() ? "80.0"
                    : String.format(Locale.ROOT, "%.0f.0", Double.parseDouble(ratio))));
        }
        opts.addAll(split(env.getOrDefault("GC_CONTAINER_OPTIONS", "-XX:+UseParallelGC")));
        opts.add("-XX:MinHeapFreeRatio=" + env.getOrDefault("GC_MIN_HEAP_FREE_RATIO", "10"));
        opts.add("-XX:MaxHeapFreeRatio=" + env.getOrDefault("GC_MAX_HEAP_FREE_RATIO", "20"));
        opts.add("-XX:GCTimeRatio=" + env.getOrDefault("GC_TIME_RATIO", "4"));
        opts.add("-XX:AdaptiveSizePolicyWeight=" + env.getOrDefault("GC_ADAPTIVE_SIZE_POLICY_WEIGHT", "90"));
        String maxMetaspace = env.getOrDefault("GC_MAX_METASPACE_SIZE", "");
        if (!maxMetaspace.isEmpty()) {
            opts.add("-XX:MaxMetaspaceSize=" + maxMetaspace + "m");
        }
        String metaspace = env.getOrDefault("GC_METASPACE_SIZE", "");
        if (!metaspace.isEmpty()) {
            int size = Integer.parseInt(metaspace);
            if (!maxMetaspace.isEmpty()) {
                size = Math.min(size, Integer.parseInt(maxMetaspace));
            }
            opts.add("-XX:MetaspaceSize=" + size + "m");
        }
        if (!env.getOrDefault("JAVA_DIAGNOSTICS", "").isEmpty()) {
            opts.addAll(List.of("-Xlog:gc::utctime", "-XX:NativeMemoryTracking=summary"));
        }
        opts.add("-XX:+ExitOnOutOfMemoryError");
        opts.addAll(split(env.getOrDefault("JAVA_OPTS_APPEND", "")));
        return opts;
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }
}
