package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ir.samt.kafka.ContractTopics;

/** What overlays/production adds: nothing single-homed. */
class ProductionHighAvailabilityTest {

    private final Manifests m = Manifests.render("production");

    @Test
    void kafkaRunsThreeControllerAndBrokerNodesInNodePools() {
        int brokers = 0;
        int controllers = 0;
        for (JsonNode pool : m.ofKind("KafkaNodePool")) {
            assertThat(pool.path("metadata").path("labels").path("strimzi.io/cluster").asText())
                    .isEqualTo(Manifests.name(m.ofKind("Kafka").get(0)));
            List<String> roles = OverlayInvariantsTest.texts(pool.path("spec").path("roles"));
            int replicas = pool.path("spec").path("replicas").asInt();
            brokers += roles.contains("broker") ? replicas : 0;
            controllers += roles.contains("controller") ? replicas : 0;
        }
        assertThat(brokers).as("broker nodes").isGreaterThanOrEqualTo(3);
        assertThat(controllers).as("controller quorum").isGreaterThanOrEqualTo(3).matches(n -> n % 2 == 1, "odd");
    }

    @Test
    void kafkaReplicatesEveryTopicThreeWaysWithTwoInSync() {
        JsonNode config = m.ofKind("Kafka").get(0).path("spec").path("kafka").path("config");
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
        soft.assertThat(config.path("default.replication.factor").asInt()).isEqualTo(3);
        soft.assertThat(config.path("offsets.topic.replication.factor").asInt()).isEqualTo(3);
        soft.assertThat(config.path("transaction.state.log.replication.factor").asInt()).isEqualTo(3);
        soft.assertThat(config.path("transaction.state.log.min.isr").asInt()).isEqualTo(2);
        var topics = OverlayInvariantsTest.kafkaTopics(m);
        for (ContractTopics.Topic topic : ContractTopics.ALL) {
            JsonNode spec = topics.get(topic.name()).path("spec");
            soft.assertThat(spec.path("replicas").asInt(3)).as(topic.name() + " replicas").isEqualTo(3);
            soft.assertThat(spec.path("config").path("min.insync.replicas").asInt(2))
                    .as(topic.name() + " min.insync.replicas").isEqualTo(2);
        }
        soft.assertAll();
    }

    @Test
    void postgresRunsThreeInstancesOnDifferentNodesWithScheduledBackups() {
        JsonNode cluster = m.ofKind("Cluster").get(0);
        assertThat(cluster.path("spec").path("instances").asInt()).isEqualTo(3);
        assertThat(cluster.path("spec").path("affinity").path("enablePodAntiAffinity").asBoolean()).isTrue();
        // WAL archiving and base backups through the Barman Cloud plugin, not the deprecated in-tree barmanObjectStore
        assertThat(cluster.path("spec").has("backup")).as("spec.backup (in-tree Barman)").isFalse();
        JsonNode archiver = cluster.path("spec").path("plugins").get(0);
        assertThat(archiver.path("name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
        assertThat(archiver.path("isWALArchiver").asBoolean()).isTrue();
        JsonNode store = m.get("ObjectStore", archiver.path("parameters").path("barmanObjectName").asText());
        assertThat(store.path("spec").path("configuration").path("destinationPath").asText()).isNotBlank();
        assertThat(store.path("spec").path("retentionPolicy").asText()).isEqualTo("30d");
        assertThat(m.ofKind("ScheduledBackup")).singleElement().satisfies(b -> {
            assertThat(b.path("spec").path("cluster").path("name").asText()).isEqualTo(Manifests.name(cluster));
            assertThat(b.path("spec").path("method").asText()).isEqualTo("plugin");
            assertThat(b.path("spec").path("pluginConfiguration").path("name").asText())
                    .isEqualTo("barman-cloud.cloudnative-pg.io");
        });
    }

    @Test
    void postgresAcknowledgesACommitOnlyOnceAStandbyHasItToo() {
        JsonNode synchronous = m.get("Cluster", "samt-pg").path("spec").path("postgresql").path("synchronous");
        assertThat(synchronous.path("method").asText()).isEqualTo("any");
        assertThat(synchronous.path("number").asInt()).isEqualTo(1);
        assertThat(synchronous.path("dataDurability").asText()).isEqualTo("required");
    }

    @Test
    void noTwoKafkaBrokersMayShareANode() {
        for (JsonNode pool : m.ofKind("KafkaNodePool")) {
            JsonNode pod = pool.path("spec").path("template").path("pod");
            JsonNode required = pod.path("affinity").path("podAntiAffinity")
                    .path("requiredDuringSchedulingIgnoredDuringExecution");
            assertThat(required).as(Manifests.name(pool) + " required anti-affinity").anySatisfy(term -> {
                assertThat(term.path("topologyKey").asText()).isEqualTo("kubernetes.io/hostname");
                JsonNode brokerLabels = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put("strimzi.io/cluster", "samt-kafka").put("strimzi.io/pool-name", Manifests.name(pool));
                assertThat(Manifests.selects(term.path("labelSelector"), brokerLabels)).isTrue();
            });
        }
    }

    @Test
    void everyServiceRunsAtLeastTwoReplicasSpreadOverNodes() {
        SoftAssertions soft = new SoftAssertions();
        for (String service : ServiceConfig.SERVICES) {
            JsonNode deployment = m.get("Deployment", service);
            int replicas = m.find("HorizontalPodAutoscaler", service)
                    .map(h -> h.path("spec").path("minReplicas").asInt(1))
                    .orElse(deployment.path("spec").path("replicas").asInt(1));
            soft.assertThat(replicas).as(service + " replicas").isGreaterThanOrEqualTo(2);
            soft.assertThat(Manifests.podSpec(deployment).path("topologySpreadConstraints").findValuesAsText("topologyKey"))
                    .as(service + " topology spread")
                    .contains("kubernetes.io/hostname", "topology.kubernetes.io/zone");
        }
        soft.assertAll();
    }

    @Test
    void permitsAndUnitsAutoscaleAndTheAutoscalerOwnsTheirReplicas() {
        for (String service : List.of("permits-service", "units-service")) {
            JsonNode hpa = m.get("HorizontalPodAutoscaler", service);
            assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo(service);
            assertThat(hpa.path("spec").path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(hpa.path("spec").path("maxReplicas").asInt())
                    .isGreaterThanOrEqualTo(hpa.path("spec").path("minReplicas").asInt());
            assertThat(m.get("Deployment", service).path("spec").has("replicas"))
                    .as(service + ": spec.replicas left to the HPA, so kubectl apply does not fight it").isFalse();
        }
    }
}
