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
import ir.samt.deploy.schema.StrimziCrds;

/**
 * The CRD folder the schema check reads holds exactly the files deploy/schemas/README.md lists, byte for byte
 * (sha256): the manifests are checked against the pinned releases, not whatever CRDs happen to be there.
 */
class CrdFilesAreThePinnedReleasesTest {

    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([^`]+\\.yaml)` \\|.*\\| ([0-9a-f]{64}) \\|$");

    @Test
    void theStrimziCrdsTheBuildGeneratesAreTheReleasesBytes() throws Exception {
        Map<String, String> pinned = pinned();
        Map<String, String> generated = digests(StrimziCrds.generated(Manifests.repoRoot()));
        assertThat(generated).hasSize(4);
        generated.forEach((file, digest) -> assertThat(digest).as(file).isEqualTo(pinned.get(file)));
    }

    @Test
    void theCrdFolderHoldsExactlyTheFilesAndDigestsTheReadmeNames() throws Exception {
        Path dir = SchemaCatalog.crdDirectory(Manifests.repoRoot());
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir),
                "No CRD folder at " + dir + " (deploy/schemas/README.md): nothing to compare");
        assertThat(digests(dir)).isEqualTo(pinned());
    }

    private static Map<String, String> pinned() throws IOException {
        Map<String, String> pinned = new HashMap<>();
        Matcher row = ROW.matcher(Files.readString(Manifests.repoRoot().resolve("deploy/schemas/README.md")));
        while (row.find()) {
            pinned.put(row.group(1), row.group(2));
        }
        assertThat(pinned).hasSizeGreaterThanOrEqualTo(10);
        return pinned;
    }

    private static Map<String, String> digests(Path dir) throws IOException, NoSuchAlgorithmException {
        Map<String, String> present = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                present.put(file.getFileName().toString(), HexFormat.of().formatHex(digest));
            }
        }
        return present;
    }
}
