package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Production verifies tokens against the identity provider's JWKS endpoint, which the operator names in
 * overlays/production/identity-provider.env (never committed), not against a key mounted from a Secret.
 */
class ProductionIdentityProviderTest {

    private static final String FILE = "overlays/production/identity-provider.env";
    private static final String EXAMPLE = "deploy/kubernetes/" + FILE + ".example";

    @Test
    void productionDoesNotRenderUntilTheOperatorNamesTheIdentityProvider() {
        RenderTree tree = RenderTree.withVerificationInputBut(FILE, null);
        assertThatThrownBy(() -> Manifests.render(tree, "production")).hasMessageContaining("identity-provider.env");
    }

    @Test
    void theExamplesPlaceholderIsCaughtInAProductionRender() throws IOException {
        String example = Files.readString(Manifests.repoRoot().resolve(EXAMPLE));
        Manifests withExample = Manifests.render(RenderTree.withVerificationInputBut(FILE, example), "production");
        assertThat(Placeholders.in(withExample)).as("placeholders with the example copied unchanged")
                .anySatisfy(p -> assertThat(p).startsWith("ConfigMap/permits-service-config"))
                .anySatisfy(p -> assertThat(p).startsWith("ConfigMap/units-service-config"))
                .anySatisfy(p -> assertThat(p).startsWith("ConfigMap/stats-service-config"));
    }

    @Test
    void everyServiceReadsTheProvidersKeySetAndMountsNoKey() {
        Manifests production = Manifests.render("production");
        for (String service : ServiceConfig.SERVICES) {
            JsonNode config = production.get("ConfigMap", service + "-config").path("data");
            assertThat(config.path("JWT_PUBLIC_KEY_LOCATION").asText()).as(service)
                    .isEqualTo(RenderTree.VERIFICATION_JWKS_URL);
            assertThat(config.path("MP_JWT_VERIFY_ISSUER").asText()).as(service)
                    .isEqualTo(RenderTree.VERIFICATION_ISSUER);
            JsonNode deployment = production.get("Deployment", service);
            assertThat(Manifests.podSpec(deployment).path("volumes").findValuesAsText("secretName"))
                    .as(service + " mounts no JWT key Secret").doesNotContain("samt-jwt-public-key");
        }
        assertThat(production.find("ConfigMap", "samt-identity-provider")).as("the replacement source is not applied")
                .isEmpty();
    }
}
