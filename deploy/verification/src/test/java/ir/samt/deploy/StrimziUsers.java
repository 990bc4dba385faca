package ir.samt.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import com.fasterxml.jackson.databind.JsonNode;

import ir.samt.kafka.KafkaBroker;

/**
 * What Strimzi's User Operator does with the rendered {@code KafkaUser} objects, done on a local
 * {@link KafkaBroker#secured()} broker: a SCRAM-SHA-512 credential per user and exactly the ACLs its
 * {@code spec.authorization} (type {@code simple}) lists, for principal {@code User:<name>}.
 */
final class StrimziUsers {

    private StrimziUsers() {
    }

    /** Creates every KafkaUser of the overlay with the given passwords (user name to password). */
    static void apply(Manifests manifests, KafkaBroker broker, Map<String, String> passwords) throws Exception {
        List<UserScramCredentialAlteration> credentials = new ArrayList<>();
        List<AclBinding> acls = new ArrayList<>();
        for (JsonNode user : manifests.ofKind("KafkaUser")) {
            String name = Manifests.name(user);
            if (!"scram-sha-512".equals(user.path("spec").path("authentication").path("type").asText())) {
                throw new AssertionError("KafkaUser " + name + ": only scram-sha-512 authentication is reproduced here");
            }
            String password = passwords.get(name);
            if (password == null) {
                throw new AssertionError("no local password for KafkaUser " + name);
            }
            credentials.add(new UserScramCredentialUpsertion(name,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password));
            acls.addAll(acls(user));
        }
        try (Admin admin = broker.admin()) {
            admin.alterUserScramCredentials(credentials).all().get();
            admin.createAcls(acls).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not create the KafkaUsers' credentials and ACLs", e.getCause());
        }
    }

    /** The ACL bindings a KafkaUser's {@code simple} authorization stands for. */
    static List<AclBinding> acls(JsonNode user) {
        String principal = "User:" + Manifests.name(user);
        JsonNode authorization = user.path("spec").path("authorization");
        if (!"simple".equals(authorization.path("type").asText())) {
            throw new AssertionError("KafkaUser " + Manifests.name(user) + ": only simple authorization is reproduced here");
        }
        List<AclBinding> bindings = new ArrayList<>();
        for (JsonNode rule : authorization.path("acls")) {
            JsonNode resource = rule.path("resource");
            ResourcePattern pattern = new ResourcePattern(resourceType(resource.path("type").asText()),
                    resource.path("type").asText().equals("cluster") ? "kafka-cluster" : resource.path("name").asText(),
                    "prefix".equals(resource.path("patternType").asText("literal")) ? PatternType.PREFIXED
                            : PatternType.LITERAL);
            AclPermissionType permission = "deny".equals(rule.path("type").asText("allow"))
                    ? AclPermissionType.DENY : AclPermissionType.ALLOW;
            List<String> operations = new ArrayList<>();
            rule.path("operations").forEach(op -> operations.add(op.asText()));
            if (rule.has("operation")) {
                operations.add(rule.path("operation").asText());
            }
            for (String operation : operations) {
                // Strimzi spells Kafka's operations in camel case: IdempotentWrite is IDEMPOTENT_WRITE
                AclOperation kafkaOperation = AclOperation.fromString(operation.replaceAll("(?<=[a-z])(?=[A-Z])", "_"));
                if (kafkaOperation == AclOperation.UNKNOWN) {
                    throw new AssertionError("unknown ACL operation " + operation);
                }
                bindings.add(new AclBinding(pattern,
                        new AccessControlEntry(principal, rule.path("host").asText("*"), kafkaOperation, permission)));
            }
        }
        return bindings;
    }

    private static ResourceType resourceType(String strimziType) {
        return switch (strimziType.toLowerCase(Locale.ROOT)) {
            case "topic" -> ResourceType.TOPIC;
            case "group" -> ResourceType.GROUP;
            case "cluster" -> ResourceType.CLUSTER;
            case "transactionalid" -> ResourceType.TRANSACTIONAL_ID;
            default -> throw new AssertionError("unknown ACL resource type " + strimziType);
        };
    }
}
