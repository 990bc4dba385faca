package ir.samt.deploy.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every schema a rendered object must satisfy: the built-in kinds (client-java-api) and the pinned operators'
 * CRDs. An object whose apiVersion neither knows is refused: nothing reaches a cluster unchecked.
 */
public final class SchemaCatalog {

    /** Where the released CRDs are: $SAMT_CRD_SCHEMAS, else shared/deploy-schemas/crds beside the checkout. */
    public static Path crdDirectory(Path repoRoot) {
        String env = System.getenv("SAMT_CRD_SCHEMAS");
        return env != null && !env.isBlank() ? Path.of(env)
                : repoRoot.toAbsolutePath().getParent().resolve("shared/deploy-schemas/crds");
    }

    private static SchemaCatalog instance;

    private final CrdSchemas crds;

    private SchemaCatalog(CrdSchemas crds) {
        this.crds = crds;
    }

    public static synchronized SchemaCatalog load(Path repoRoot) {
        if (instance == null) {
            Path dir = crdDirectory(repoRoot);
            // The released CRD files come from the operators' repositories, which this project may not vendor
            // (they reach machines through shared/, not through commits): where they are absent the schema
            // tests are skipped, loudly, rather than failing every build that lacks them.
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir), "No operator CRDs at " + dir + ": the schema check needs the CRDs of the"
                        + " pinned Strimzi, CloudNativePG, Barman Cloud plugin and Prometheus Operator releases"
                        + " (deploy/schemas/README.md says which files and where they come from; set"
                        + " SAMT_CRD_SCHEMAS to another folder that holds them)");
            instance = new SchemaCatalog(CrdSchemas.load(dir));
        }
        return instance;
    }

    public List<String> crdSources() {
        return crds.sources();
    }

    /** Why the API server would refuse this object, or empty when it would accept it. */
    public Optional<String> violation(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        List<String> problems = new ArrayList<>();
        if (crds.ownsGroupOf(apiVersion)) {
            crds.violation(object).ifPresent(problems::add);
            // the metadata of a custom resource is an ordinary ObjectMeta
            CoreKindSchemas.metadataViolation(object.path("metadata")).ifPresent(problems::add);
        } else if (CoreKindSchemas.knows(apiVersion) || !apiVersion.contains(".")) {
            CoreKindSchemas.violation(object).ifPresent(problems::add);
        } else {
            problems.add("no schema for " + apiVersion + " (neither a built-in group nor a pinned operator's CRD)");
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }
}
