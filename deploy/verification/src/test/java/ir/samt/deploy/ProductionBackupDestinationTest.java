package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/**
 * The production overlay takes the backup destination from backup-store.env, which only the operator writes:
 * without it nothing renders, and with the example's placeholder the production check fails.
 */
class ProductionBackupDestinationTest {

    private static final String EXAMPLE = "deploy/kubernetes/overlays/production/backup-store.env.example";

    @Test
    void productionDoesNotRenderUntilTheOperatorWritesTheBackupStore() {
        RenderTree tree = RenderTree.withVerificationInputBut("overlays/production/backup-store.env", null);
        assertThatThrownBy(() -> Manifests.render(tree, "production")).hasMessageContaining("backup-store.env");
    }

    @Test
    void theExamplesPlaceholderIsCaughtInAProductionRender() throws IOException {
        String example = Files.readString(Manifests.repoRoot().resolve(EXAMPLE));
        Manifests withExample = Manifests.render(
                RenderTree.withVerificationInputBut("overlays/production/backup-store.env", example), "production");
        assertThat(Placeholders.in(withExample)).as("placeholders with the example copied unchanged")
                .anySatisfy(p -> assertThat(p).startsWith("ObjectStore/samt-pg-backup"));
    }

    @Test
    void theProductionRenderCarriesTheOperatorsDestinationAndNoPlaceholder() {
        Manifests production = Manifests.render("production");
        assertThat(production.get("ObjectStore", "samt-pg-backup").path("spec").path("configuration")
                .path("destinationPath").asText()).isEqualTo(RenderTree.VERIFICATION_BACKUP_PATH);
        assertThat(Placeholders.in(production)).isEmpty();
        assertThat(production.find("ConfigMap", "samt-backup-store")).as("the replacement source is not applied")
                .isEmpty();
    }
}
