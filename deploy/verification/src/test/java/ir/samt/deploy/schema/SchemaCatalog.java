package ir.samt.deploy.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every schema a rendered object must satisfy: the built-in kinds (client-java-api) and the pinned operators'
 * CRDs. An object whose apiVersion neither knows is refused: nothing reaches a cluster unchecked, except the
 * kinds of {@link #FOLDER_ONLY_GROUPS} on a machine without the CRD folder, which {@link #uncheckable} names.
 */
public final class SchemaCatalog {

    /** Where the released CRDs are: $SAMT_CRD_SCHEMAS, else shared/deploy-schemas/crds beside the checkout. */
    public static Path crdDirectory(Path repoRoot) {
        String env = System.getenv("SAMT_CRD_SCHEMAS");
        return env != null && !env.isBlank() ? Path.of(env)
                : repoRoot.toAbsolutePath().getParent().resolve("shared/deploy-schemas/crds");
    }

    /**
     * The operator API groups whose CRDs only the folder above provides: CloudNativePG's, the Barman Cloud
     * plugin's and the Prometheus Operator's releases are not published to a registry this build reaches.
     */
    public static final Set<String> FOLDER_ONLY_GROUPS = Set.of("postgresql.cnpg.io", "barmancloud.cnpg.io",
            "monitoring.coreos.com");

    private static SchemaCatalog instance;

    private final CrdSchemas crds;
    private final boolean folderPresent;

    private SchemaCatalog(CrdSchemas crds, boolean folderPresent) {
        this.crds = crds;
        this.folderPresent = folderPresent;
    }

    /**
     * Strimzi's CRDs generated in the build ({@link StrimziCrds}), plus the other operators' from the CRD folder
     * when it is there.
     */
    public static synchronized SchemaCatalog load(Path repoRoot) {
        if (instance == null) {
            Path strimzi = StrimziCrds.generated(repoRoot);
            Path folder = crdDirectory(repoRoot);
            boolean present = Files.isDirectory(folder);
            // the folder's Strimzi files are the same bytes as the generated ones (CrdFilesAreThePinnedReleasesTest)
            instance = new SchemaCatalog(CrdSchemas.load(present ? List.of(strimzi, folder) : List.of(strimzi),
                    f -> f.startsWith(strimzi) || !f.getFileName().toString().startsWith("strimzi-")), present);
        }
        return instance;
    }

    /** Whether the CRD folder (CloudNativePG, Barman Cloud plugin, Prometheus Operator) was found. */
    public boolean folderPresent() {
        return folderPresent;
    }

    /** Whether the object's kind is one only the absent CRD folder could check. */
    public boolean uncheckable(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        int slash = apiVersion.indexOf('/');
        String group = slash > 0 ? apiVersion.substring(0, slash) : "";
        return FOLDER_ONLY_GROUPS.contains(group) && !crds.hasGroup(group);
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
