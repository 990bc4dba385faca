package ir.samt.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * One overlay rendered by {@code kubectl kustomize}, parsed into its objects. Rendered from a copy of
 * deploy/kubernetes with stand-in operator input ({@link RenderTree}), as an operator would apply it.
 */
final class Manifests {

    private static final Map<String, Manifests> CACHE = new ConcurrentHashMap<>();

    final String overlay;
    final List<JsonNode> objects;

    private Manifests(String overlay, List<JsonNode> objects) {
        this.overlay = overlay;
        this.objects = objects;
    }

    static Manifests render(String overlay) {
        return CACHE.computeIfAbsent(overlay, o -> render(RenderTree.withVerificationInput(), o));
    }

    /** Renders an overlay of a copy of deploy/kubernetes (see {@link RenderTree}); not cached. */
    static Manifests render(RenderTree tree, String overlay) {
        return parse(overlay, run("kubectl", "kustomize", tree.overlay(overlay).toString()));
    }

    /** The repository root: the first folder upwards that holds deploy/kubernetes. */
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("deploy").resolve("kubernetes"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("No deploy/kubernetes above " + Path.of("").toAbsolutePath());
    }

    private static Manifests parse(String overlay, String yaml) {
        try (MappingIterator<JsonNode> it = new YAMLMapper().readerFor(JsonNode.class).readValues(yaml)) {
            List<JsonNode> objects = new ArrayList<>();
            while (it.hasNext()) {
                JsonNode node = it.next();
                if (node != null && !node.isNull() && !node.isMissingNode() && node.size() > 0) {
                    objects.add(node);
                }
            }
            return new Manifests(overlay, List.copyOf(objects));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not parse the rendered " + overlay + " overlay", e);
        }
    }

    static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errReader = new Thread(() -> copy(process.getErrorStream(), err));
            errReader.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " timed out");
            }
            errReader.join();
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
                        + err.toString(StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the process is gone
        }
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(name(o))).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " " + name));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    /** Every workload's pod spec (Deployments, StatefulSets, Jobs, ...). */
    List<JsonNode> deployments() {
        return ofKind("Deployment");
    }

    static List<JsonNode> containers(JsonNode workload) {
        JsonNode spec = podSpec(workload);
        List<JsonNode> all = new ArrayList<>();
        spec.path("initContainers").forEach(all::add);
        spec.path("containers").forEach(all::add);
        return all;
    }

    static JsonNode podSpec(JsonNode workload) {
        return workload.path("spec").path("template").path("spec");
    }

    static JsonNode container(JsonNode deployment, String name) {
        return StreamSupport.stream(podSpec(deployment).path("containers").spliterator(), false)
                .filter(c -> name.equals(c.path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no container " + name + " in " + name(deployment)));
    }

    /** Whether a label selector ({@code matchLabels} only, as ours use) selects the given labels. */
    static boolean selects(JsonNode selector, JsonNode labels) {
        JsonNode matchLabels = selector.path("matchLabels");
        if (selector.has("matchExpressions") && selector.path("matchExpressions").size() > 0) {
            throw new AssertionError("matchExpressions not supported by this test: " + selector);
        }
        if (matchLabels.isMissingNode() || matchLabels.size() == 0) {
            return true; // an empty selector selects every pod in the namespace
        }
        var fields = matchLabels.fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a Service-style selector (a plain, non-empty label map) selects the given labels. */
    static boolean selectsPlain(JsonNode selector, JsonNode labels) {
        if (!selector.isObject() || selector.size() == 0) {
            return false;
        }
        var fields = selector.fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    /** The ConfigMap value an env var points at, or the literal value; null for Secret refs. */
    String configValue(JsonNode envVar) {
        if (envVar == null) {
            return null;
        }
        if (envVar.has("value")) {
            return envVar.path("value").asText();
        }
        JsonNode ref = envVar.path("valueFrom").path("configMapKeyRef");
        if (ref.isMissingNode()) {
            return null;
        }
        JsonNode data = get("ConfigMap", ref.path("name").asText()).path("data");
        String key = ref.path("key").asText();
        if (!data.has(key)) {
            if (ref.path("optional").asBoolean(false)) {
                return null;
            }
            throw new AssertionError(overlay + ": ConfigMap " + ref.path("name").asText() + " has no key " + key);
        }
        return data.path(key).asText();
    }
}
