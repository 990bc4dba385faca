package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Alerts for what loses or stalls data: disk use, under-replicated and offline partitions, consumer lag, outbox
 * lag, dead letters — each on a metric something in the manifests actually exports.
 */
class AlertsCoverTheIssuesRiskListTest {

    private final Manifests m = Manifests.render("production");

    @Test
    void thereIsAnAlertOnEveryRiskTheIssueLists() {
        List<String> expressions = alertExpressions();
        SoftAssertions soft = new SoftAssertions();
        for (String metric : List.of("kubelet_volume_stats_available_bytes",
                "kafka_server_replicamanager_underreplicatedpartitions",
                "kafka_controller_kafkacontroller_offlinepartitionscount", "kafka_consumergroup_lag",
                "kafka_consumer_fetch_manager_records_lag_max", "samt_outbox_lag_seconds_max", "samt_outbox_oldest_age_seconds",
                "samt_stats_events_dead_lettered_total")) {
            soft.assertThat(expressions).as("an alert on " + metric).anyMatch(e -> e.contains(metric));
        }
        soft.assertAll();
    }

    @Test
    void theBrokerMetricsTheAlertsUseAreExportedByTheJmxExporterRules() throws Exception {
        JsonNode metricsConfig = m.get("Kafka", "samt-kafka").path("spec").path("kafka").path("metricsConfig");
        assertThat(metricsConfig.path("type").asText()).isEqualTo("jmxPrometheusExporter");
        JsonNode ref = metricsConfig.path("valueFrom").path("configMapKeyRef");
        String config = m.get("ConfigMap", ref.path("name").asText()).path("data").path(ref.path("key").asText())
                .asText();
        JsonNode rules = new YAMLMapper().readTree(config).path("rules");
        List<String> exported = new ArrayList<>();
        for (JsonNode rule : rules) {
            String name = rule.path("name").asText();
            String alternatives = rule.path("pattern").asText().replaceAll(".*name=\\(([^)]*)\\).*", "$1");
            for (String alternative : alternatives.split("\\|")) {
                exported.add(name.replace("$1", alternative).toLowerCase());
            }
        }
        List<String> used = alertExpressions().stream()
                .flatMap(e -> java.util.Arrays.stream(e.split("[^a-z0-9_]+")))
                .filter(t -> t.startsWith("kafka_server_") || t.startsWith("kafka_controller_")).distinct().toList();
        assertThat(used).isNotEmpty();
        assertThat(exported).containsAll(used);
    }

    @Test
    void kafkaExporterAndABrokerPodMonitorAreConfigured() {
        JsonNode kafka = m.get("Kafka", "samt-kafka").path("spec");
        assertThat(kafka.has("kafkaExporter")).isTrue();
        JsonNode podMonitor = m.get("PodMonitor", "samt-kafka").path("spec");
        assertThat(podMonitor.path("podMetricsEndpoints").findValuesAsText("port")).contains("tcp-prometheus");
        assertThat(podMonitor.path("selector").path("matchLabels").path("strimzi.io/cluster").asText())
                .isEqualTo("samt-kafka");
    }

    private List<String> alertExpressions() {
        List<String> expressions = new ArrayList<>();
        for (JsonNode rule : m.ofKind("PrometheusRule")) {
            rule.path("spec").path("groups").forEach(g -> g.path("rules").forEach(r -> expressions.add(
                    r.path("expr").asText())));
        }
        return expressions;
    }
}
