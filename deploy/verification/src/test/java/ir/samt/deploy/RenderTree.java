package ir.samt.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A copy of deploy/kubernetes with the files an operator writes before applying (backup-store.env,
 * restore-store.env: never committed) set to known values, so the tests render what an operator would apply
 * and never depend on files someone left in a checkout.
 */
final class RenderTree {

    /** The files an operator writes, by path under deploy/kubernetes. */
    static final List<String> OPERATOR_FILES = List.of(
            "overlays/production/backup-store.env", "overlays/production/identity-provider.env",
            "overlays/restore/restore-store.env");

    static final String VERIFICATION_BACKUP_PATH = "s3://samt-verification-backups/samt-pg";
    static final String VERIFICATION_RESTORE_PATH = "s3://samt-verification-backups/samt-pg-restore";
    static final String VERIFICATION_ISSUER = "https://auth.samt.ir/realms/samt";
    static final String VERIFICATION_JWKS_URL = VERIFICATION_ISSUER + "/protocol/openid-connect/certs";

    private final Path root;

    private RenderTree(Path root) {
        this.root = root;
    }

    /** Stand-in operator input: real-looking destinations, the restore reading what production writes. */
    static RenderTree withVerificationInput() {
        return with(verificationInput());
    }

    /** The stand-in operator files (path under deploy/kubernetes -> content). */
    static Map<String, String> verificationInput() {
        return Map.of(
                "overlays/production/backup-store.env", "BACKUP_DESTINATION_PATH=" + VERIFICATION_BACKUP_PATH + "\n",
                "overlays/production/identity-provider.env", "JWKS_URL=" + VERIFICATION_JWKS_URL + "\n"
                        + "ISSUER=" + VERIFICATION_ISSUER + "\n",
                "overlays/restore/restore-store.env", "RESTORE_SOURCE_PATH=" + VERIFICATION_BACKUP_PATH + "\n"
                        + "RESTORE_DESTINATION_PATH=" + VERIFICATION_RESTORE_PATH + "\n");
    }

    /** The stand-in operator files with one of them replaced (or left out, for a null content). */
    static RenderTree withVerificationInputBut(String file, String content) {
        Map<String, String> files = new java.util.HashMap<>(verificationInput());
        if (content == null) {
            files.remove(file);
        } else {
            files.put(file, content);
        }
        return with(files);
    }

    /** A copy holding exactly these operator files (path under deploy/kubernetes -> content), no others. */
    static RenderTree with(Map<String, String> operatorFiles) {
        try {
            Path target = Manifests.repoRoot().resolve("deploy/verification/target/render-trees");
            Files.createDirectories(target);
            Path root = Files.createTempDirectory(target, "kubernetes-");
            Path source = Manifests.repoRoot().resolve("deploy/kubernetes");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                    Path copy = root.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
            for (String name : OPERATOR_FILES) {
                Files.deleteIfExists(root.resolve(name));
            }
            for (Map.Entry<String, String> file : operatorFiles.entrySet()) {
                Files.writeString(root.resolve(file.getKey()), file.getValue());
            }
            return new RenderTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path overlay(String name) {
        Path dir = root.resolve("overlays").resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("No overlay " + name);
        }
        return dir;
    }
}
