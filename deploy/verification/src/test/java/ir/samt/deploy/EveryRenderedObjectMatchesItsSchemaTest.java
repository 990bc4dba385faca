package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;

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
        for (JsonNode object : m.objects) {
            String where = overlay + ": " + object.path("apiVersion").asText() + " " + object.path("kind").asText()
                    + " " + Manifests.name(object);
            soft.assertThat(catalog.violation(object)).as(where).isEmpty();
        }
        soft.assertAll();
    }
}
