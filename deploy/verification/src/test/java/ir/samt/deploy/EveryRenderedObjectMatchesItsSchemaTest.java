package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import ir.samt.deploy.schema.SchemaCatalog;

/**
 * What `kubectl apply --validate=strict` would say about every object of every overlay, against the pinned
 * releases' schemas (deploy/schemas/README.md): a misspelt or removed field, a wrong type, a missing required
 * field or an apiVersion the operator no longer serves fails the build, not the rollout.
 */
class EveryRenderedObjectMatchesItsSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production", "restore" })
    void everyRenderedObjectIsAcceptedByThePinnedSchemas(String overlay) {
        SchemaCatalog catalog = SchemaCatalog.load(Manifests.repoRoot());
        Manifests m = Manifests.render(overlay);
        assertThat(m.objects).isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        List<String> unchecked = new ArrayList<>();
        for (JsonNode object : m.objects) {
            String where = overlay + ": " + object.path("apiVersion").asText() + " " + object.path("kind").asText()
                    + " " + Manifests.name(object);
            if (catalog.uncheckable(object)) {
                unchecked.add(where);
                continue;
            }
            soft.assertThat(catalog.violation(object)).as(where).isEmpty();
        }
        soft.assertAll();
        if (!unchecked.isEmpty()) {
            System.out.println("Not checked without the CRD folder " + SchemaCatalog.crdDirectory(Manifests.repoRoot())
                    + " (deploy/schemas/README.md): " + unchecked);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production", "restore" })
    void withTheCrdFolderNoRenderedObjectGoesUnchecked(String overlay) {
        SchemaCatalog catalog = SchemaCatalog.load(Manifests.repoRoot());
        assumeTrue(catalog.folderPresent(), "no CRD folder at " + SchemaCatalog.crdDirectory(Manifests.repoRoot())
                + ": CloudNativePG, Barman Cloud and Prometheus Operator objects are not checked on this machine");
        assertThat(Manifests.render(overlay).objects).noneMatch(catalog::uncheckable);
    }
}
