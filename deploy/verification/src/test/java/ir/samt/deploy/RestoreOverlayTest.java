package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** overlays/restore: a complete cluster recovered from samt-pg's backups that the services can reach. */
class RestoreOverlayTest {

    private static final String PLUGIN = "barman-cloud.cloudnative-pg.io";

    private final Manifests restore = Manifests.render("restore");
    private final Manifests production = Manifests.render("production");
    private final JsonNode restored = restore.get("Cluster", "samt-pg-restore").path("spec");
    private final JsonNode original = production.get("Cluster", "samt-pg").path("spec");

    @Test
    void theRestoredClusterRecoversFromTheObjectStoreProductionBacksUpTo() {
        String source = restored.path("bootstrap").path("recovery").path("source").asText();
        JsonNode external = find(restored.path("externalClusters"), source);
        assertThat(external.path("plugin").path("name").asText()).isEqualTo(PLUGIN);
        assertThat(external.path("plugin").path("parameters").path("serverName").asText()).isEqualTo("samt-pg");
        String store = external.path("plugin").path("parameters").path("barmanObjectName").asText();
        String productionStore = original.path("plugins").get(0).path("parameters").path("barmanObjectName").asText();
        assertThat(destination(restore, store)).isEqualTo(destination(production, productionStore));
    }

    @Test
    void theRestoredClusterArchivesToADestinationOfItsOwn() {
        JsonNode archiver = restored.path("plugins").get(0);
        assertThat(archiver.path("name").asText()).isEqualTo(PLUGIN);
        assertThat(archiver.path("isWALArchiver").asBoolean()).isTrue();
        String own = destination(restore, archiver.path("parameters").path("barmanObjectName").asText());
        String productionStore = original.path("plugins").get(0).path("parameters").path("barmanObjectName").asText();
        assertThat(own).isNotBlank().isNotEqualTo(destination(production, productionStore));
        assertThat(Placeholders.in(restore)).isEmpty();
        assertThat(restore.ofKind("ScheduledBackup")).singleElement().satisfies(b -> {
            assertThat(b.path("spec").path("cluster").path("name").asText()).isEqualTo("samt-pg-restore");
            assertThat(b.path("spec").path("pluginConfiguration").path("name").asText()).isEqualTo(PLUGIN);
        });
    }

    @Test
    void theRestoredClusterRunsTheSamePostgresAndSettingsAsProduction() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(restored.path("imageName").asText()).as("imageName (same major, explicit)")
                .isNotBlank().isEqualTo(original.path("imageName").asText());
        for (String parameter : List.of("max_connections", "shared_buffers", "timezone")) {
            soft.assertThat(restored.path("postgresql").path("parameters").path(parameter))
                    .as(parameter).isEqualTo(original.path("postgresql").path("parameters").path(parameter));
        }
        for (String field : List.of("instances", "storage", "resources", "affinity", "managed")) {
            soft.assertThat(restored.path(field)).as(field).isEqualTo(original.path(field));
        }
        soft.assertThat(restored.path("postgresql").path("synchronous"))
                .isEqualTo(original.path("postgresql").path("synchronous"));
        soft.assertAll();
    }

    @Test
    void theServicesNetworkPoliciesLetThemReachTheRestoredCluster() {
        JsonNode podLabels = restoredPodLabels();
        SoftAssertions soft = new SoftAssertions();
        for (String service : ServiceConfig.SERVICES) {
            JsonNode policy = production.get("NetworkPolicy", service);
            boolean reachable = false;
            for (JsonNode rule : policy.path("spec").path("egress")) {
                boolean port5432 = rule.path("ports").findValuesAsText("port").contains("5432");
                for (JsonNode to : rule.path("to")) {
                    reachable |= port5432 && to.has("podSelector") && !to.has("namespaceSelector")
                            && Manifests.selects(to.path("podSelector"), podLabels);
                }
            }
            soft.assertThat(reachable).as(service + " egress to samt-pg-restore:5432").isTrue();
        }
        // and PostgreSQL's own ingress policy admits the services there
        JsonNode pgPolicy = production.get("NetworkPolicy", "samt-pg");
        soft.assertThat(Manifests.selects(pgPolicy.path("spec").path("podSelector"), podLabels))
                .as("samt-pg NetworkPolicy covers the restored pods").isTrue();
        soft.assertAll();
    }

    /** The labels CloudNativePG gives the restored instances: cnpg.io/cluster plus inheritedMetadata's. */
    private JsonNode restoredPodLabels() {
        ObjectNode labels = restored.path("inheritedMetadata").path("labels").deepCopy();
        labels.put("cnpg.io/cluster", "samt-pg-restore");
        return labels;
    }

    private static String destination(Manifests m, String objectStore) {
        return m.get("ObjectStore", objectStore).path("spec").path("configuration").path("destinationPath").asText();
    }

    private static JsonNode find(JsonNode array, String name) {
        for (JsonNode item : array) {
            if (name.equals(item.path("name").asText())) {
                return item;
            }
        }
        throw new AssertionError("no " + name + " in " + array);
    }
}
