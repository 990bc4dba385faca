package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every kubectl command in docs/operations.md acts on something the overlays really create, where they create it. */
class RunbookCommandsTest {

    /** Secrets nobody renders: written by hand (docs, "Secrets"), by Strimzi per KafkaUser or by CloudNativePG. */
    private static final Set<String> HAND_MADE_SECRETS = Set.of("samt-pg-permits", "samt-pg-units", "samt-pg-stats",
            "samt-jwt-public-key", "samt-pg-backup-s3");

    private final List<Manifests> overlays = List.of(Manifests.render("production"), Manifests.render("restore"));

    @Test
    void everyResourceTheRunbooksKubectlCommandsNameExistsInTheRenderedOverlays() throws IOException {
        String runbook = Files.readString(Manifests.repoRoot().resolve("docs/operations.md"));
        List<String> commands = RunbookCommands.commands(runbook);
        assertThat(commands).hasSizeGreaterThan(10);
        List<RunbookCommands.Reference> refs = commands.stream()
                .flatMap(c -> RunbookCommands.references(c).stream()).toList();
        assertThat(refs).hasSizeGreaterThan(10);
        assertThat(problems(refs)).isEmpty();
        // the overlays that apply -k names are there
        for (String command : commands) {
            Matcher k = Pattern.compile("apply -k (\\S+)").matcher(command);
            if (k.find()) {
                assertThat(Manifests.repoRoot().resolve(k.group(1)).resolve("kustomization.yaml")).exists();
            }
        }
    }

    @Test
    void aMisspeltNameAWrongKindOrAMissingNamespaceIsReported() {
        List<RunbookCommands.Reference> refs = new ArrayList<>();
        for (String command : List.of("kubectl -n samt rollout status deploy/permit-service",
                "kubectl -n samt get kafkaa samt-kafka", "kubectl rollout status deploy/stats-service",
                "kubectl -n default get cluster samt-pg")) {
            refs.addAll(RunbookCommands.references(command));
        }
        assertThat(refs).hasSize(4);
        assertThat(problems(refs)).hasSize(4);
    }

    @Test
    void theDeadLetterReaderIsAdmittedAuthorisedAndRunsTheClustersKafka() throws IOException {
        String runbook = Files.readString(Manifests.repoRoot().resolve("docs/operations.md"));
        String block = runbook.substring(runbook.indexOf("kubectl -n samt run dlq-reader"));
        block = block.substring(0, block.indexOf("```"));
        Manifests m = overlays.get(0);
        // the listener's NetworkPolicy admits the pod's labels
        ObjectNode labels = JsonNodeFactory.instance.objectNode();
        for (String pair : group(block, "--labels=(\\S+)").split(",")) {
            labels.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        JsonNode kafka = m.get("Kafka", "samt-kafka");
        List<JsonNode> peers = new ArrayList<>();
        kafka.path("spec").path("kafka").path("listeners").forEach(l -> l.path("networkPolicyPeers").forEach(peers::add));
        assertThat(peers).anySatisfy(p -> assertThat(Manifests.selects(p.path("podSelector"), labels)).isTrue());
        // the credentials come from a KafkaUser whose ACLs allow reading the DLQ with the group used
        String user = group(block, "\"secretKeyRef\":\\{\"name\":\"([^\"]+)\"");
        String topic = group(block, "--topic (\\S+)");
        String consumerGroup = group(block, "--group (\\S+)");
        JsonNode acls = m.get("KafkaUser", user).path("spec").path("authorization").path("acls");
        assertThat(allows(acls, "topic", topic, "Read")).as(user + " reads " + topic).isTrue();
        assertThat(allows(acls, "group", consumerGroup, "Read")).as(user + " uses group " + consumerGroup).isTrue();
        // --partition N reads one partition: the topic must have no other
        JsonNode dlq = OverlayInvariantsTest.kafkaTopics(m).get(topic);
        assertThat(group(block, "--partition (\\d+)")).isEqualTo("0");
        assertThat(dlq.path("spec").path("partitions").asInt()).as(topic + " partitions").isEqualTo(1);
        assertThat(group(block, "--bootstrap-server (\\S+)"))
                .isEqualTo(Manifests.name(kafka) + "-kafka-bootstrap:9092");
        assertThat(group(block, "--image=(\\S+)")).endsWith("-kafka-" + AppInfoParser.getVersion());
    }

    private List<String> problems(List<RunbookCommands.Reference> refs) {
        List<String> problems = new ArrayList<>();
        for (RunbookCommands.Reference ref : refs) {
            if (ref.kind().startsWith("?")) {
                problems.add(ref.command() + ": unknown kind " + ref.kind().substring(1));
            } else if (ref.kind().equals("Pod")) {
                continue; // pod names are made at run time
            } else if (!"samt".equals(ref.namespace())) {
                problems.add(ref.command() + ": " + ref.kind() + " " + ref.name() + " is in namespace samt, the command"
                        + " runs in " + (ref.namespace() == null ? "the default namespace" : ref.namespace()));
            } else if (!exists(ref.kind(), ref.name())) {
                problems.add(ref.command() + ": no " + ref.kind() + " " + ref.name() + " in the rendered overlays");
            }
        }
        return problems;
    }

    private boolean exists(String kind, String name) {
        for (Manifests m : overlays) {
            if (m.find(kind, name).isPresent()) {
                return true;
            }
            if (kind.equals("Secret") && (HAND_MADE_SECRETS.contains(name) || m.find("KafkaUser", name).isPresent()
                    || (name.endsWith("-ca") && m.find("Cluster", name.substring(0, name.length() - 3)).isPresent()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allows(JsonNode acls, String type, String name, String operation) {
        for (JsonNode acl : acls) {
            JsonNode resource = acl.path("resource");
            if (type.equals(resource.path("type").asText()) && name.equals(resource.path("name").asText())
                    && OverlayInvariantsTest.texts(acl.path("operations")).contains(operation)) {
                return true;
            }
        }
        return false;
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in the DLQ command").isTrue();
        return m.group(1);
    }
}
