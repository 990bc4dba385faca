package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ir.samt.deploy.schema.SchemaCatalog;

/**
 * The CRD folder the schema check reads holds exactly the files deploy/schemas/README.md lists, byte for byte
 * (sha256): the manifests are checked against the pinned releases, not whatever CRDs happen to be there.
 */
class CrdFilesAreThePinnedReleasesTest {

    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([^`]+\\.yaml)` \\|.*\\| ([0-9a-f]{64}) \\|$");

    @Test
    void theCrdFolderHoldsExactlyTheFilesAndDigestsTheReadmeNames() throws IOException, NoSuchAlgorithmException {
        Path root = Manifests.repoRoot();
        Map<String, String> pinned = new HashMap<>();
        Matcher row = ROW.matcher(Files.readString(root.resolve("deploy/schemas/README.md")));
        while (row.find()) {
            pinned.put(row.group(1), row.group(2));
        }
        assertThat(pinned).hasSizeGreaterThanOrEqualTo(10);
        Path dir = SchemaCatalog.crdDirectory(root);
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(dir),
                "No CRD folder at " + dir + " (deploy/schemas/README.md): nothing to compare");
        Map<String, String> present = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                present.put(file.getFileName().toString(), HexFormat.of().formatHex(digest));
            }
        }
        assertThat(present).isEqualTo(pinned);
    }
}
