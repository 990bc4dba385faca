package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** overlays/dev: one of everything, small. */
class DevOverlayTest {

    private final Manifests m = Manifests.render("dev");

    @Test
    void everyServiceRunsOneReplicaWithoutAutoscaling() {
        for (JsonNode deployment : m.deployments()) {
            assertThat(deployment.path("spec").path("replicas").asInt()).as(Manifests.name(deployment)).isEqualTo(1);
        }
        assertThat(m.ofKind("HorizontalPodAutoscaler")).isEmpty();
    }

    @Test
    void kafkaRunsOneNodeAndPostgresOneInstance() {
        assertThat(m.ofKind("KafkaNodePool")).singleElement()
                .satisfies(p -> assertThat(p.path("spec").path("replicas").asInt()).isEqualTo(1));
        JsonNode config = m.ofKind("Kafka").get(0).path("spec").path("kafka").path("config");
        assertThat(config.path("default.replication.factor").asInt()).isEqualTo(1);
        assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(1);
        assertThat(m.ofKind("KafkaTopic")).allSatisfy(t -> assertThat(t.path("spec").path("replicas").asInt())
                .isEqualTo(1));
        assertThat(m.ofKind("Cluster").get(0).path("spec").path("instances").asInt()).isEqualTo(1);
    }
}
