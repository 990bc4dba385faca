package ir.samt.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one process) built from
 * the Maven Central jars. Tests start it in-process; deploy/local runs {@link #main} as its own JVM
 * with a data directory kept between runs.
 *
 * <p>The broker can be stopped and started again on the same ports and data, which is how tests
 * simulate a Kafka outage.
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path dataDir;
    private final boolean deleteOnClose;
    private final int brokerPort;
    private final int controllerPort;
    private final Map<String, String> overrides;
    /** Set for a broker whose clients must authenticate ({@link #secured()}): the listener admins and the broker itself use. */
    private final Integer internalPort;
    private KafkaRaftServer server;

    private KafkaBroker(Path dataDir, boolean deleteOnClose, int brokerPort, int controllerPort,
            Map<String, String> overrides, Integer internalPort) {
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
        this.overrides = overrides;
        this.internalPort = internalPort;
    }

    /** A broker on free ports with a temporary data directory removed on {@link #close()}. */
    public static KafkaBroker temporary() {
        try {
            int[] ports = freePorts(2);
            return new KafkaBroker(Files.createTempDirectory("samt-kafka-"), true, ports[0], ports[1], Map.of(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A temporary broker secured the way the cluster's Strimzi listener is: clients connect with
     * SASL/SCRAM-SHA-512 ({@link #bootstrapServers()}) and may do only what ACLs allow (Kafka's standard
     * KRaft authorizer, nothing allowed where no ACL matches). Users and ACLs are added through
     * {@link #admin()}, which talks to a separate unauthenticated listener on loopback whose anonymous
     * principal is the super user (as Strimzi's own operators are).
     */
    public static KafkaBroker secured() {
        try {
            int[] ports = freePorts(3);
            return new KafkaBroker(Files.createTempDirectory("samt-kafka-"), true, ports[0], ports[1], Map.of(),
                    ports[2]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker on fixed ports whose data survives restarts (deploy/local). */
    public static KafkaBroker persistent(Path dataDir, int brokerPort, int controllerPort, Map<String, String> overrides) {
        return new KafkaBroker(dataDir, false, brokerPort, controllerPort, overrides, null);
    }

    /** Where clients connect (SASL/SCRAM on a {@link #secured()} broker). */
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** Where a client with every right connects: the unauthenticated loopback listener of a {@link #secured()} broker. */
    public String superUserBootstrapServers() {
        return internalPort == null ? bootstrapServers() : "127.0.0.1:" + internalPort;
    }

    /** An admin client with every right: topics, SCRAM users and ACLs. */
    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, superUserBootstrapServers()));
    }

    public synchronized KafkaBroker start() {
        if (server != null) {
            return this;
        }
        KafkaConfig config = KafkaConfig.fromProps(properties(), false);
        format(config);
        server = new KafkaRaftServer(config, Time.SYSTEM);
        // returns once the broker is unfenced, i.e. ready for clients
        server.startup();
        return this;
    }

    /** Stops the broker but keeps its data, so {@link #start()} brings the same log back. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public synchronized void close() {
        stop();
        if (deleteOnClose) {
            deleteRecursively(dataDir);
        }
    }

    /** Creates the contract's topics, leaving existing ones as they are. */
    public void createTopics(List<ContractTopics.Topic> topics) {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream()
                    .filter(t -> !existing.contains(t.name()))
                    .map(KafkaBroker::newTopic)
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topics", e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static NewTopic newTopic(ContractTopics.Topic topic) {
        NewTopic newTopic = new NewTopic(topic.name(), topic.partitions(), (short) 1);
        if (topic.compacted()) {
            newTopic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        } else {
            // event topics are the system of record for stats rebuilds: keep them for good
            newTopic.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
        }
        return newTopic;
    }

    private Properties properties() {
        Map<String, String> p = new HashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("controller.listener.names", "CONTROLLER");
        if (internalPort == null) {
            p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
            p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        } else {
            p.put("listeners", "CLIENTS://127.0.0.1:" + brokerPort + ",INTERNAL://127.0.0.1:" + internalPort
                    + ",CONTROLLER://127.0.0.1:" + controllerPort);
            p.put("advertised.listeners", "CLIENTS://127.0.0.1:" + brokerPort + ",INTERNAL://127.0.0.1:" + internalPort);
            p.put("listener.security.protocol.map", "CLIENTS:SASL_PLAINTEXT,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT");
            p.put("inter.broker.listener.name", "INTERNAL");
            p.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
            p.put("listener.name.clients.sasl.enabled.mechanisms", "SCRAM-SHA-512");
            p.put("listener.name.clients.scram-sha-512.sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required;");
            p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
            // the unauthenticated loopback listeners (broker-to-controller, admin()) act as ANONYMOUS
            p.put("super.users", "User:ANONYMOUS");
            p.put("allow.everyone.if.no.acl.found", "false");
        }
        p.put("log.dirs", dataDir.toString());
        // a single node: without these the internal topics ask for 3 replicas and consumer groups hang
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // the default adds 3 s to every first group join
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.putAll(overrides);
        Properties props = new Properties();
        props.putAll(p);
        return props;
    }

    /** Formats the data directory once; a restart (or a later local run) keeps the existing log. */
    private void format(KafkaConfig config) {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .addDirectory(dataDir.toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka storage in " + dataDir, e);
        }
    }

    /**
     * {@code count} distinct free ports. Each socket stays open until all are chosen: two ports asked for
     * one after the other could be the same one (the kernel hands a just-closed ephemeral port out again),
     * and the broker then refused to start ("two listeners on the same port"), seen once in a test run.
     */
    static int[] freePorts(int count) throws IOException {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
                sockets[i].setReuseAddress(true);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the broker as its own process: {@code KafkaBroker <data-dir> [port] [controller-port]}.
     * Prints {@code SAMT Kafka broker ready on <bootstrap>} once the broker and topics are ready.
     */
    public static void main(String[] args) {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "kafka-data").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 9092;
        int controllerPort = args.length > 2 ? Integer.parseInt(args[2]) : 9093;
        KafkaBroker broker = persistent(dataDir, port, controllerPort, Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-shutdown"));
        broker.start();
        broker.createTopics(ContractTopics.ALL);
        System.out.println("SAMT Kafka broker ready on " + broker.bootstrapServers() + " (data in " + dataDir + ")");
    }
}
