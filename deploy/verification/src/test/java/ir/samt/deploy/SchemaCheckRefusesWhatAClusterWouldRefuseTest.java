package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ir.samt.deploy.schema.SchemaCatalog;

/** The schema check can fail: objects with a planted mistake are refused, and for the planted reason. */
class SchemaCheckRefusesWhatAClusterWouldRefuseTest {

    private final SchemaCatalog catalog = SchemaCatalog.load(Manifests.repoRoot());
    private final Manifests production = Manifests.render("production");

    @Test
    void theRenderedObjectsUsedBelowPassUnchanged() {
        assertThat(catalog.violation(production.get("Deployment", "stats-service"))).isEmpty();
        assertThat(catalog.violation(production.get("Kafka", "samt-kafka"))).isEmpty();
        if (catalog.folderPresent()) {
            assertThat(catalog.violation(production.get("Cluster", "samt-pg"))).isEmpty();
        }
    }

    @Test
    void aMisspeltFieldInADeploymentsContainerIsRefused() {
        ObjectNode deployment = production.get("Deployment", "stats-service").deepCopy();
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("imagePullPolicyy", container.remove("imagePullPolicy"));
        assertThat(catalog.violation(deployment)).hasValueSatisfying(v -> assertThat(v).contains("imagePullPolicyy"));
    }

    @Test
    void aMisspeltFieldInAStrimziKafkaIsRefused() {
        ObjectNode kafka = production.get("Kafka", "samt-kafka").deepCopy();
        ObjectNode spec = (ObjectNode) kafka.at("/spec/kafka");
        spec.set("listner", spec.remove("listeners"));
        assertThat(catalog.violation(kafka)).hasValueSatisfying(v -> assertThat(v).contains("listner"));
    }

    @Test
    void aMisspeltFieldInACloudNativePgClusterIsRefused() {
        assumeTrue(catalog.folderPresent(), "CloudNativePG's CRDs come from the CRD folder, absent here");
        ObjectNode cluster = production.get("Cluster", "samt-pg").deepCopy();
        ((ObjectNode) cluster.at("/spec/postgresql/synchronous")).put("dataDurabilty", "required");
        assertThat(catalog.violation(cluster)).hasValueSatisfying(v -> assertThat(v).contains("dataDurabilty"));
    }

    @Test
    void theStrimziV1beta2ApiThatStrimzi1NoLongerServesIsRefused() {
        ObjectNode kafka = production.get("Kafka", "samt-kafka").deepCopy();
        kafka.put("apiVersion", "kafka.strimzi.io/v1beta2");
        assertThat(catalog.violation(kafka)).hasValueSatisfying(v -> assertThat(v).contains("kafka.strimzi.io/v1beta2"));
    }

    @Test
    void aBuiltInKindUnderARemovedApiVersionIsRefused() {
        ObjectNode pdb = production.get("PodDisruptionBudget", "stats-service").deepCopy();
        pdb.put("apiVersion", "policy/v1beta1");
        assertThat(catalog.violation(pdb)).hasValueSatisfying(v -> assertThat(v).contains("policy/v1"));
    }

    @Test
    void aFieldOfTheWrongTypeIsRefused() {
        ObjectNode topic = production.ofKind("KafkaTopic").get(0).deepCopy();
        ((ObjectNode) topic.path("spec")).put("partitions", "six");
        assertThat(catalog.violation(topic)).hasValueSatisfying(v -> assertThat(v).contains("partitions"));
    }

    @Test
    void aKindFromAnUnpinnedApiGroupIsRefused() {
        JsonNode unknown = production.get("Kafka", "samt-kafka").deepCopy();
        ((ObjectNode) unknown).put("apiVersion", "example.com/v1");
        assertThat(catalog.violation(unknown)).isPresent();
    }
}
