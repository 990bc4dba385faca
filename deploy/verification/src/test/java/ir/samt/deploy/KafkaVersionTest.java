package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The cluster runs the Kafka every test ran against: the local broker's jars (kafka-broker, ${kafka.version}). */
class KafkaVersionTest {

    @Test
    void theClusterRunsTheKafkaVersionOfTheLocalBrokerWithAPinnedMetadataVersion() {
        String tested = AppInfoParser.getVersion(); // kafka-clients on this class path, from kafka-broker
        for (String overlay : new String[] { "dev", "production" }) {
            JsonNode kafka = Manifests.render(overlay).get("Kafka", "samt-kafka").path("spec").path("kafka");
            assertThat(kafka.path("version").asText()).as(overlay).isEqualTo(tested);
            String majorMinor = tested.substring(0, tested.lastIndexOf('.'));
            assertThat(kafka.path("metadataVersion").asText()).as(overlay + " metadataVersion")
                    .startsWith(majorMinor + "-IV");
        }
    }
}
