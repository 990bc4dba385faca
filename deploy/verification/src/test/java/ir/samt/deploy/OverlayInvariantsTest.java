package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import ir.samt.kafka.ContractTopics;

/** Invariants every overlay keeps, checked on the objects `kubectl kustomize` renders. */
class OverlayInvariantsTest {

    /** Secrets the manifests read but never define: created by an operator (Strimzi) or by hand (docs). */
    private static final Set<String> HAND_MADE_SECRETS = Set.of(
            "samt-pg-permits", "samt-pg-units", "samt-pg-stats", "samt-jwt-public-key", "samt-pg-backup-s3");

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void overlayRendersTheWholePlatform(String overlay) {
        Manifests m = Manifests.render(overlay);
        assertThat(m.deployments()).extracting(Manifests::name)
                .containsExactlyInAnyOrderElementsOf(ServiceConfig.SERVICES);
        for (String kind : List.of("Namespace", "Kafka", "KafkaNodePool", "Cluster", "ServiceMonitor",
                "PrometheusRule", "Ingress")) {
            assertThat(m.ofKind(kind)).as(overlay + " " + kind).isNotEmpty();
        }
        assertThat(m.objects).as("every object lives in namespace samt")
                .filteredOn(o -> !o.path("kind").asText().equals("Namespace"))
                .allSatisfy(o -> assertThat(o.path("metadata").path("namespace").asText()).isEqualTo("samt"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void everyContainerHasStartupLivenessAndReadinessProbesOnQuarkusHealth(String overlay) {
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode deployment : Manifests.render(overlay).deployments()) {
            for (JsonNode c : Manifests.containers(deployment)) {
                String where = overlay + "/" + Manifests.name(deployment) + "/" + c.path("name").asText();
                soft.assertThat(c.path("startupProbe").path("httpGet").path("path").asText()).as(where)
                        .isEqualTo("/q/health/started");
                soft.assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).as(where)
                        .isEqualTo("/q/health/live");
                soft.assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).as(where)
                        .isEqualTo("/q/health/ready");
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void everyContainerHasCpuAndMemoryRequestsAndLimits(String overlay) {
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode deployment : Manifests.render(overlay).deployments()) {
            for (JsonNode c : Manifests.containers(deployment)) {
                String where = overlay + "/" + Manifests.name(deployment) + "/" + c.path("name").asText();
                for (String kind : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        soft.assertThat(c.path("resources").path(kind).path(resource).asText(""))
                                .as(where + " " + kind + "." + resource).isNotBlank();
                    }
                }
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void everyContainerRunsAsNonRootReadOnlyWithoutEscalationOrCapabilities(String overlay) {
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode deployment : Manifests.render(overlay).deployments()) {
            JsonNode pod = Manifests.podSpec(deployment);
            for (JsonNode c : Manifests.containers(deployment)) {
                String where = overlay + "/" + Manifests.name(deployment) + "/" + c.path("name").asText();
                JsonNode sc = c.path("securityContext");
                boolean nonRoot = sc.path("runAsNonRoot").asBoolean(pod.path("securityContext").path("runAsNonRoot")
                        .asBoolean(false));
                soft.assertThat(nonRoot).as(where + " runAsNonRoot").isTrue();
                soft.assertThat(sc.path("readOnlyRootFilesystem").asBoolean(false)).as(where + " readOnlyRootFilesystem")
                        .isTrue();
                soft.assertThat(sc.path("allowPrivilegeEscalation").asBoolean(true))
                        .as(where + " allowPrivilegeEscalation").isFalse();
                soft.assertThat(sc.path("privileged").asBoolean(false)).as(where + " privileged").isFalse();
                soft.assertThat(texts(sc.path("capabilities").path("drop"))).as(where + " capabilities.drop")
                        .contains("ALL");
                soft.assertThat(sc.path("capabilities").path("add").size()).as(where + " capabilities.add").isZero();
                String seccomp = sc.path("seccompProfile").path("type")
                        .asText(pod.path("securityContext").path("seccompProfile").path("type").asText(""));
                soft.assertThat(seccomp).as(where + " seccompProfile").isEqualTo("RuntimeDefault");
                // a read-only root needs a writable /tmp (JVM perf data, Vert.x file cache)
                soft.assertThat(StreamSupport.stream(c.path("volumeMounts").spliterator(), false)
                        .map(v -> v.path("mountPath").asText())).as(where + " /tmp mount").contains("/tmp");
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void noImageUsesLatestOrLacksAVersionTag(String overlay) {
        List<String> images = new ArrayList<>();
        for (JsonNode o : Manifests.render(overlay).objects) {
            collectImages(o, images);
        }
        assertThat(images).as("images in " + overlay).isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        for (String image : images) {
            String lastPart = image.substring(image.lastIndexOf('/') + 1);
            boolean digest = image.contains("@sha256:");
            soft.assertThat(digest || lastPart.contains(":")).as(image + " has a tag").isTrue();
            if (lastPart.contains(":")) {
                soft.assertThat(lastPart.substring(lastPart.indexOf(':') + 1)).as(image).isNotEqualTo("latest")
                        .isNotBlank();
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void everyServiceContainerSetsEveryEnvironmentVariableItNeeds(String overlay) {
        Manifests m = Manifests.render(overlay);
        SoftAssertions soft = new SoftAssertions();
        for (String service : ServiceConfig.SERVICES) {
            JsonNode container = Manifests.container(m.get("Deployment", service), service);
            Map<String, JsonNode> env = env(container);
            for (String name : ServiceConfig.REQUIRED_ENV) {
                JsonNode var = env.get(name);
                soft.assertThat(var).as(overlay + "/" + service + " sets " + name).isNotNull();
                if (var == null) {
                    continue;
                }
                soft.assertThat(var.has("value") || var.has("valueFrom")).as(service + " " + name + " has a value")
                        .isTrue();
                JsonNode secretRef = var.path("valueFrom").path("secretKeyRef");
                if (!secretRef.isMissingNode()) {
                    String secret = secretRef.path("name").asText();
                    boolean strimziUser = m.find("KafkaUser", secret).isPresent();
                    soft.assertThat(strimziUser || HAND_MADE_SECRETS.contains(secret))
                            .as(service + " " + name + " reads Secret " + secret
                                    + " that an operator creates (KafkaUser or documented)")
                            .isTrue();
                    soft.assertThat(secretRef.path("optional").asBoolean(false)).as(service + " " + name).isFalse();
                } else if (var.path("valueFrom").has("configMapKeyRef")) {
                    soft.assertThat(m.configValue(var)).as(service + " " + name + " resolves in its ConfigMap")
                            .isNotBlank();
                } else {
                    soft.assertThat(var.path("value").asText()).as(service + " " + name).isNotBlank();
                }
            }
            // the values fit together
            soft.assertThat(m.configValue(env.get("QUARKUS_HTTP_PORT"))).as(service + " port")
                    .isEqualTo(String.valueOf(ServiceConfig.of(service).port()));
            soft.assertThat(m.configValue(env.get("KAFKA_SECURITY_PROTOCOL"))).isIn("SASL_PLAINTEXT", "SASL_SSL");
            soft.assertThat(m.configValue(env.get("KAFKA_SASL_MECHANISM"))).isEqualTo("SCRAM-SHA-512");
            // a key file mounted from the Secret (dev), or the identity provider's JWKS endpoint (production)
            String jwt = m.configValue(env.get("JWT_PUBLIC_KEY_LOCATION"));
            if (jwt.startsWith("file:")) {
                String jwtDir = jwt.substring("file:".length(), jwt.lastIndexOf('/'));
                soft.assertThat(secretMounts(container, Manifests.podSpec(m.get("Deployment", service))))
                        .as(service + " mounts the JWT key Secret at " + jwtDir)
                        .containsEntry(jwtDir, "samt-jwt-public-key");
            } else {
                soft.assertThat(jwt).as(service + " JWKS endpoint").startsWith("https://");
            }
            String bootstrap = m.configValue(env.get("KAFKA_BOOTSTRAP_SERVERS"));
            String kafka = Manifests.name(m.ofKind("Kafka").get(0));
            soft.assertThat(bootstrap).startsWith(kafka + "-kafka-bootstrap:");
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void everyServiceHasItsOwnDatabaseRoleAndKafkaUser(String overlay) {
        Manifests m = Manifests.render(overlay);
        JsonNode cluster = m.ofKind("Cluster").get(0);
        Map<String, String> roleSecrets = new HashMap<>();
        cluster.path("spec").path("managed").path("roles").forEach(r -> roleSecrets.put(
                r.path("passwordSecret").path("name").asText(), r.path("name").asText()));
        Map<String, String> databaseOwners = new HashMap<>();
        m.ofKind("Database").forEach(d -> databaseOwners.put(d.path("spec").path("name").asText(),
                d.path("spec").path("owner").asText()));
        Set<String> databases = new HashSet<>();
        SoftAssertions soft = new SoftAssertions();
        for (String service : ServiceConfig.SERVICES) {
            Map<String, JsonNode> env = env(Manifests.container(m.get("Deployment", service), service));
            String url = m.configValue(env.get("QUARKUS_DATASOURCE_JDBC_URL"));
            soft.assertThat(url).startsWith("jdbc:postgresql://" + Manifests.name(cluster) + "-rw:5432/");
            String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            String database = path.substring(path.lastIndexOf('/') + 1);
            databases.add(database);
            String userSecret = env.get("QUARKUS_DATASOURCE_USERNAME").path("valueFrom").path("secretKeyRef")
                    .path("name").asText();
            soft.assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD").path("valueFrom").path("secretKeyRef")
                    .path("name").asText()).isEqualTo(userSecret);
            soft.assertThat(roleSecrets).as(service + ": a managed role uses Secret " + userSecret)
                    .containsKey(userSecret);
            soft.assertThat(databaseOwners.get(database)).as(service + ": Database " + database + " owned by its role")
                    .isNotNull().isEqualTo(roleSecrets.get(userSecret));
            String kafkaUser = env.get("KAFKA_SASL_JAAS_CONFIG").path("valueFrom").path("secretKeyRef").path("name")
                    .asText();
            soft.assertThat(kafkaUser).isEqualTo(ServiceConfig.of(service).kafkaUser());
            soft.assertThat(env.get("KAFKA_SASL_JAAS_CONFIG").path("valueFrom").path("secretKeyRef").path("key")
                    .asText()).isEqualTo("sasl.jaas.config");
        }
        soft.assertThat(databases).as("one database per service").hasSize(ServiceConfig.SERVICES.size());
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void everyContractTopicExistsAsAKafkaTopicWithAtLeastItsPartitions(String overlay) {
        Map<String, JsonNode> topics = kafkaTopics(Manifests.render(overlay));
        SoftAssertions soft = new SoftAssertions();
        for (ContractTopics.Topic topic : ContractTopics.ALL) {
            JsonNode kt = topics.get(topic.name());
            soft.assertThat(kt).as(overlay + ": KafkaTopic " + topic.name()).isNotNull();
            if (kt == null) {
                continue;
            }
            JsonNode spec = kt.path("spec");
            soft.assertThat(spec.path("partitions").asInt()).as(topic.name() + " partitions")
                    .isGreaterThanOrEqualTo(topic.partitions());
            String cleanup = spec.path("config").path("cleanup.policy").asText("delete");
            soft.assertThat(cleanup.contains("compact")).as(topic.name() + " compacted").isEqualTo(topic.compacted());
        }
        // retention: event topics forever (stats rebuilds from them), dead letters 30 days
        for (ContractTopics.Topic events : List.of(ContractTopics.PERMITS, ContractTopics.UNITS)) {
            soft.assertThat(topics.get(events.name()).path("spec").path("config").path("retention.ms").asLong())
                    .as(events.name() + " retention.ms").isEqualTo(-1L);
        }
        soft.assertThat(topics.get(ContractTopics.STATS_DLQ.name()).path("spec").path("config").path("retention.ms")
                .asLong()).as("dlq retention").isEqualTo(30L * 24 * 60 * 60 * 1000);
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void everyTopicTheServicesConfigurationNamesExistsAsAKafkaTopic(String overlay) {
        Map<String, JsonNode> topics = kafkaTopics(Manifests.render(overlay));
        Set<String> named = new TreeSet<>();
        ServiceConfig.SERVICES.forEach(s -> named.addAll(ServiceConfig.of(s).topics()));
        assertThat(named).isNotEmpty();
        assertThat(topics.keySet()).containsAll(named);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void kafkaUsersReachOnlyTheirServicesTopicsAndGroups(String overlay) {
        Manifests m = Manifests.render(overlay);
        SoftAssertions soft = new SoftAssertions();
        for (String service : ServiceConfig.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            JsonNode user = m.get("KafkaUser", config.kafkaUser());
            soft.assertThat(user.path("spec").path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
            Set<String> writeTopics = new TreeSet<>();
            Set<String> readTopics = new TreeSet<>();
            Set<String> readGroups = new TreeSet<>();
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                soft.assertThat(resource.path("patternType").asText("literal")).as(service + " ACL " + resource)
                        .isEqualTo("literal");
                soft.assertThat(resource.path("name").asText()).as(service + " ACL").isNotEqualTo("*");
                List<String> ops = texts(acl.path("operations"));
                soft.assertThat(ops).as(service + " ACL " + resource).doesNotContain("All", "Alter", "Delete",
                        "AlterConfigs", "Create");
                switch (resource.path("type").asText()) {
                    case "topic" -> {
                        if (ops.contains("Write")) {
                            writeTopics.add(resource.path("name").asText());
                        }
                        if (ops.contains("Read")) {
                            readTopics.add(resource.path("name").asText());
                        }
                    }
                    case "group" -> readGroups.add(resource.path("name").asText());
                    default -> soft.fail(service + ": unexpected ACL resource " + resource);
                }
            }
            soft.assertThat(writeTopics).as(service + " writes").isEqualTo(config.writes());
            soft.assertThat(readTopics).as(service + " reads").isEqualTo(config.reads());
            soft.assertThat(readGroups).as(service + " groups").isEqualTo(config.groups());
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void everyDeploymentHasAPodDisruptionBudgetAndANetworkPolicySelectingIt(String overlay) {
        Manifests m = Manifests.render(overlay);
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode deployment : m.deployments()) {
            JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
            String name = Manifests.name(deployment);
            soft.assertThat(m.ofKind("PodDisruptionBudget"))
                    .as(overlay + ": a PDB selects " + name)
                    .anySatisfy(pdb -> assertThat(Manifests.selects(pdb.path("spec").path("selector"), labels)).isTrue());
            soft.assertThat(m.ofKind("NetworkPolicy"))
                    .as(overlay + ": a NetworkPolicy selects " + name)
                    .anySatisfy(np -> {
                        assertThat(np.path("spec").path("podSelector").path("matchLabels").size()).isPositive();
                        assertThat(Manifests.selects(np.path("spec").path("podSelector"), labels)).isTrue();
                    });
            // the Service in front of it, and Prometheus scraping it
            soft.assertThat(m.ofKind("Service")).as(overlay + ": a Service selects " + name)
                    .anySatisfy(s -> assertThat(Manifests.selectsPlain(s.path("spec").path("selector"), labels))
                            .isTrue());
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void shutdownIsGracefulWithinTheTerminationGracePeriod(String overlay) {
        int quarkusShutdownTimeout = 20; // quarkus.shutdown.timeout in platform's microprofile-config.properties
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode deployment : Manifests.render(overlay).deployments()) {
            JsonNode pod = Manifests.podSpec(deployment);
            int grace = pod.path("terminationGracePeriodSeconds").asInt(30);
            for (JsonNode c : Manifests.containers(deployment)) {
                JsonNode preStop = c.path("lifecycle").path("preStop");
                String command = String.join(" ", texts(preStop.path("exec").path("command")));
                soft.assertThat(command).as(Manifests.name(deployment) + " preStop").contains("sleep");
                int sleep = Integer.parseInt(command.replaceAll(".*sleep\\s+(\\d+).*", "$1"));
                soft.assertThat(grace).as(Manifests.name(deployment) + " terminationGracePeriodSeconds")
                        .isGreaterThan(sleep + quarkusShutdownTimeout);
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void statsReplicasNeverExceedThePartitionsItConsumes(String overlay) {
        Manifests m = Manifests.render(overlay);
        int partitions = Math.min(ContractTopics.PERMITS.partitions(), ContractTopics.UNITS.partitions());
        JsonNode stats = m.get("Deployment", "stats-service");
        assertThat(stats.path("spec").path("replicas").asInt(1)).isBetween(1, partitions);
        assertThat(m.ofKind("HorizontalPodAutoscaler")).as("stats is scaled by hand, up to the partitions")
                .noneSatisfy(h -> assertThat(h.path("spec").path("scaleTargetRef").path("name").asText())
                        .isEqualTo("stats-service"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void noSecretValueIsCommitted(String overlay) {
        Manifests m = Manifests.render(overlay);
        assertThat(m.ofKind("Secret")).as("Secrets come from operators or are created by hand").isEmpty();
        for (JsonNode cm : m.ofKind("ConfigMap")) {
            cm.path("data").fieldNames().forEachRemaining(key -> assertThat(key.toUpperCase())
                    .as("ConfigMap " + Manifests.name(cm)).doesNotContain("PASSWORD", "JAAS", "SECRET"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void everyPodDisruptionBudgetLetsUnhealthyPodsBeEvicted(String overlay) {
        // an unready pod counted against the budget would block every node drain
        assertThat(Manifests.render(overlay).ofKind("PodDisruptionBudget")).isNotEmpty().allSatisfy(pdb -> assertThat(
                pdb.path("spec").path("unhealthyPodEvictionPolicy").asText()).as(Manifests.name(pdb))
                .isEqualTo("AlwaysAllow"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void everyContainerRequestsTheMemoryItIsLimitedTo(String overlay) {
        SoftAssertions soft = new SoftAssertions();
        Manifests m = Manifests.render(overlay);
        for (JsonNode deployment : m.deployments()) {
            for (JsonNode c : Manifests.containers(deployment)) {
                JsonNode resources = c.path("resources");
                soft.assertThat(resources.path("requests").path("memory").asText())
                        .as(overlay + "/" + Manifests.name(deployment) + " memory request")
                        .isEqualTo(resources.path("limits").path("memory").asText());
            }
        }
        for (JsonNode pool : m.ofKind("KafkaNodePool")) {
            JsonNode resources = pool.path("spec").path("resources");
            soft.assertThat(resources.path("requests").path("memory").asText()).as(Manifests.name(pool))
                    .isEqualTo(resources.path("limits").path("memory").asText());
        }
        for (JsonNode cluster : m.ofKind("Cluster")) {
            JsonNode resources = cluster.path("spec").path("resources");
            soft.assertThat(resources.path("requests").path("memory").asText()).as(Manifests.name(cluster))
                    .isEqualTo(resources.path("limits").path("memory").asText());
        }
        soft.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void servicesVerifyPostgresCertificateAgainstTheMountedClusterCa(String overlay) {
        Manifests m = Manifests.render(overlay);
        String cluster = Manifests.name(m.ofKind("Cluster").get(0));
        SoftAssertions soft = new SoftAssertions();
        for (String service : ServiceConfig.SERVICES) {
            JsonNode deployment = m.get("Deployment", service);
            JsonNode container = Manifests.container(deployment, service);
            String url = m.configValue(env(container).get("QUARKUS_DATASOURCE_JDBC_URL"));
            soft.assertThat(url).as(service).contains("sslmode=verify-full");
            String rootCert = url.replaceAll(".*[?&]sslrootcert=([^&]+).*", "$1");
            soft.assertThat(rootCert).as(service + " sslrootcert").startsWith("/").endsWith("/ca.crt");
            String dir = rootCert.substring(0, rootCert.lastIndexOf('/'));
            soft.assertThat(secretMounts(container, Manifests.podSpec(deployment)))
                    .as(service + " mounts CloudNativePG's CA Secret at " + dir).containsEntry(dir, cluster + "-ca");
        }
        soft.assertAll();
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static Map<String, JsonNode> env(JsonNode container) {
        Map<String, JsonNode> env = new HashMap<>();
        for (JsonNode var : container.path("env")) {
            if (env.put(var.path("name").asText(), var) != null) {
                fail("duplicate env var " + var.path("name").asText());
            }
        }
        if (container.has("envFrom")) {
            fail("envFrom hides which variables are set; use env entries");
        }
        return env;
    }

    static Map<String, JsonNode> kafkaTopics(Manifests m) {
        Map<String, JsonNode> topics = new HashMap<>();
        for (JsonNode t : m.ofKind("KafkaTopic")) {
            topics.put(t.path("spec").path("topicName").asText(Manifests.name(t)), t);
        }
        return topics;
    }

    /** mount path -> Secret name, for the container's Secret volumes. */
    private static Map<String, String> secretMounts(JsonNode container, JsonNode pod) {
        Map<String, String> volumes = new HashMap<>();
        pod.path("volumes").forEach(v -> {
            if (v.has("secret")) {
                volumes.put(v.path("name").asText(), v.path("secret").path("secretName").asText());
            }
        });
        Map<String, String> mounts = new HashMap<>();
        container.path("volumeMounts").forEach(vm -> {
            String secret = volumes.get(vm.path("name").asText());
            if (secret != null) {
                mounts.put(vm.path("mountPath").asText(), secret);
            }
        });
        return mounts;
    }

    private static void collectImages(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if ((e.getKey().equals("image") || e.getKey().equals("imageName")) && e.getValue().isTextual()) {
                    out.add(e.getValue().asText());
                } else {
                    collectImages(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectImages(n, out));
        }
    }
}
