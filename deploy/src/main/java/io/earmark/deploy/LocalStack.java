package io.earmark.deploy;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stack: an {@link EmbeddedKafkaBroker}, a {@link SchemaRegistryServer} and (optionally) Earmark's
 * topics from the {@link TopicsDefinition}. In: {@link Options} (ports, 0 = any free one; partitions).
 * Out: {@link #bootstrapServers()}, {@link #registryUrl()}, {@link #topics()}. Nothing it starts outlives its
 * owner JVM: {@link #close()} stops both, and so does a shutdown hook (Ctrl-C, end of a test JVM).
 */
public final class LocalStack implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);

    /** What to start. {@code partitions} 0 keeps the topics definition's count. */
    public record Options(int kafkaPort, int registryPort, int partitions, boolean createTopics) {
        public static Options defaults() {
            return new Options(0, 0, 0, true);
        }
    }

    private final EmbeddedKafkaBroker broker;
    private final SchemaRegistryServer registry;
    private final List<TopicSpec> topics;
    private final Thread shutdownHook = new Thread(this::close, "earmark-local-stack-shutdown");
    private boolean closed;

    private LocalStack(EmbeddedKafkaBroker broker, SchemaRegistryServer registry, List<TopicSpec> topics) {
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
        EmbeddedKafkaBroker broker = null;
        try {
            broker = EmbeddedKafkaBroker.start(options.kafkaPort(), defaultPartitions);
            registry.awaitReady(SchemaRegistryServer.DEFAULT_START_TIMEOUT);
            List<TopicSpec> topics = options.createTopics() ? definition.topics() : List.of();
            List<String> created = TopicCreator.createMissing(broker.bootstrapServers(), topics);
            LOG.info("Local stack up: Kafka {}, schema registry {}, topics created {}",
                    broker.bootstrapServers(), registry.url(), created);
            return new LocalStack(broker, registry, topics);
        } catch (RuntimeException e) {
            registry.close();
            if (broker != null) {
                broker.close();
            }
            throw e;
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String registryUrl() {
        return registry.url();
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
        broker.close();
    }
}
