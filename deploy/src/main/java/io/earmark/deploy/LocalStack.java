package io.earmark.deploy;

import io.earmark.deploy.acl.AclsDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stack: an {@link EmbeddedKafkaBroker}, a {@link SchemaRegistryServer} and (optionally) Earmark's
 * topics from the {@link TopicsDefinition}. In: {@link Options} (ports, 0 = any free one; partitions; secure).
 * Out: {@link #bootstrapServers()}, {@link #registryUrl()}, {@link #topics()}. Nothing it starts outlives its
 * owner JVM: {@link #close()} stops both, and so does a shutdown hook (Ctrl-C, end of a test JVM).
 * <p>Secure: the broker is a {@link SecureKafkaBroker} (SASL_SSL with SCRAM-SHA-512, TLS, StandardAuthorizer), the
 * principals of the ACL definition get SCRAM users and their ACLs ({@link SecureAccounts}), and
 * {@link #clientConfigs()} names each user's client properties file. The schema registry stays plain HTTP on
 * 127.0.0.1.
 */
public final class LocalStack implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);

    /** What to start. {@code partitions} 0 keeps the topics definition's count; {@code secure}: see the class. */
    public record Options(int kafkaPort, int registryPort, int partitions, boolean createTopics, boolean secure) {
        public Options(int kafkaPort, int registryPort, int partitions, boolean createTopics) {
            this(kafkaPort, registryPort, partitions, createTopics, false);
        }

        public static Options defaults() {
            return new Options(0, 0, 0, true);
        }

        /** The same options with the secure broker. */
        public Options secured() {
            return new Options(kafkaPort, registryPort, partitions, createTopics, true);
        }
    }

    /** The broker either way: how to reach it as the admin, and how to stop it. */
    private record Broker(String bootstrapServers, Properties adminProperties, Map<String, Path> clientConfigs,
                          AutoCloseable stop, Path clientDir) {
    }

    private final Broker broker;
    private final SchemaRegistryServer registry;
    private final List<TopicSpec> topics;
    private final Thread shutdownHook = new Thread(this::close, "earmark-local-stack-shutdown");
    private boolean closed;

    private LocalStack(Broker broker, SchemaRegistryServer registry, List<TopicSpec> topics) {
        this.broker = broker;
        this.registry = registry;
        this.topics = topics;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static LocalStack start() {
        return start(Options.defaults());
    }

    /** Starts the registry process and the broker side by side, then creates the missing topics. */
    public static LocalStack start(Options options) {
        TopicsDefinition definition = TopicsDefinition.load();
        if (options.partitions() > 0) {
            definition = definition.withPartitions(options.partitions());
        }
        int defaultPartitions = definition.topics().isEmpty() ? EmbeddedKafkaBroker.DEFAULT_PARTITIONS
                : definition.topics().get(0).partitions();
        SchemaRegistryServer registry = SchemaRegistryServer.launch(RegistryDistribution.locate(), options.registryPort());
        Broker broker = null;
        try {
            broker = options.secure() ? secureBroker(options.kafkaPort(), defaultPartitions)
                    : plainBroker(options.kafkaPort(), defaultPartitions);
            registry.awaitReady(SchemaRegistryServer.DEFAULT_START_TIMEOUT);
            List<TopicSpec> topics = options.createTopics() ? definition.topics() : List.of();
            List<String> created;
            try (Admin admin = Admin.create(broker.adminProperties())) {
                created = TopicCreator.createMissing(admin, topics);
            }
            LOG.info("Local stack up: Kafka {}{}, schema registry {}, topics created {}", broker.bootstrapServers(),
                    options.secure() ? " (SASL_SSL)" : "", registry.url(), created);
            return new LocalStack(broker, registry, topics);
        } catch (RuntimeException e) {
            registry.close();
            if (broker != null) {
                stop(broker);
            }
            throw e;
        }
    }

    private static Broker plainBroker(int port, int defaultPartitions) {
        EmbeddedKafkaBroker plain = EmbeddedKafkaBroker.start(port, defaultPartitions);
        Properties admin = new Properties();
        admin.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, plain.bootstrapServers());
        return new Broker(plain.bootstrapServers(), admin, Map.of(), plain, null);
    }

    private static Broker secureBroker(int port, int defaultPartitions) {
        SecureKafkaBroker secure = SecureKafkaBroker.start(port, defaultPartitions);
        Path clientDir = TempDirs.create("earmark-clients-");
        try {
            Map<String, Path> configs = SecureAccounts.provision(secure, AclsDefinition.load(), clientDir);
            return new Broker(secure.bootstrapServers(), secure.adminProperties(), configs, secure, clientDir);
        } catch (RuntimeException e) {
            secure.close();
            TempDirs.deleteRecursively(clientDir);
            throw e;
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String registryUrl() {
        return registry.url();
    }

    /** Admin client properties: bootstrap servers, and the super user's SASL_SSL settings when secure. */
    public Properties adminProperties() {
        Properties copy = new Properties();
        copy.putAll(broker.adminProperties());
        return copy;
    }

    /** Secure only: user name → its client properties file (the admin and every principal of the ACLs). */
    public Map<String, Path> clientConfigs() {
        return broker.clientConfigs();
    }

    /** The topics this stack ensured exist (empty when started without topics). */
    public List<TopicSpec> topics() {
        return topics;
    }

    /** A few human-readable lines: the addresses and the topics. */
    public String describe() {
        StringBuilder text = new StringBuilder()
                .append("Kafka bootstrap servers: ").append(bootstrapServers()).append('\n')
                .append("Schema registry URL:     ").append(registryUrl()).append('\n');
        if (!clientConfigs().isEmpty()) {
            text.append("Security: SASL_SSL (SCRAM-SHA-512), ACLs of ").append(AclsDefinition.RESOURCE)
                    .append("; client configs (random passwords):\n");
            clientConfigs().forEach((user, file) -> text.append(String.format("  %-20s %s%n", user, file)));
        }
        if (!topics.isEmpty()) {
            text.append("Topics:\n");
            topics.forEach(t -> text.append(String.format("  %-26s partitions=%d replication=%d cleanup=%s retention.ms=%d%n",
                    t.name(), t.partitions(), t.replicationFactor(), t.cleanupPolicy(), t.retentionMs())));
        }
        return text.toString();
    }

    /** Stops the registry and the broker; idempotent, and a second caller waits until the first is done. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // This may be the hook itself.
        }
        registry.close();
        stop(broker);
    }

    private static void stop(Broker broker) {
        try {
            broker.stop().close();
        } catch (Exception e) {
            LOG.warn("Kafka broker did not stop cleanly: {}", e.toString());
        }
        TempDirs.deleteRecursively(broker.clientDir());
    }
}
