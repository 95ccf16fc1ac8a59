package io.earmark.streams.app;

import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.rules.RuleBookLoader;
import io.earmark.streams.topology.EarmarkTopology;
import io.earmark.streams.topology.PipelineSettings;
import io.earmark.streams.topology.RegistrySerdeFactory;
import io.earmark.streams.topology.TopicNames;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running pipeline instance: checks the topics, builds the topology, starts Kafka Streams with an
 * uncaught-exception handler and a state listener, and closes with a timeout. Used by the pipeline's main, the demo,
 * replays and tests.
 */
public final class EarmarkPipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EarmarkPipeline.class);

    private final KafkaStreams streams;
    private final RuleBook rules;
    private volatile Throwable failure;

    public EarmarkPipeline(PipelineConfig config, TopicNames topics) throws InterruptedException {
        this(config, topics, PipelineObserver.NONE);
    }

    /** A pipeline whose processors report what they read and raise to {@code observer} (metrics, event clock). */
    public EarmarkPipeline(PipelineConfig config, TopicNames topics, PipelineObserver observer)
            throws InterruptedException {
        this.rules = config.rulesFile() == null ? RuleBook.shipped() : RuleBookLoader.fromFile(config.rulesFile());
        Properties props = config.streamsProperties();
        int partitions;
        try (Admin admin = Admin.create(props)) {
            partitions = InputPartitions.verify(admin, topics, config.internalReplication());
            TimeRetentionCheck.warn(admin, topics);
        }
        Topology topology = EarmarkTopology.build(topics, rules,
                new RegistrySerdeFactory(new HttpSchemaRegistryClient(config.registryUrl()), config.decodeMaxBytes()),
                new PipelineSettings(partitions, config.watermarkInterval(), config.core()), observer);
        this.streams = new EarmarkStreams(topology, props);
        streams.setUncaughtExceptionHandler(e -> {
            StreamThreadExceptionResponse response = ThreadFailures.responseTo(e);
            if (response == StreamThreadExceptionResponse.REPLACE_THREAD) {
                LOG.warn("Stream thread failed on a refused transaction; replacing it", e);
                return response;
            }
            LOG.error("Stream thread failed; shutting this instance down", e);
            failure = e;
            return response;
        });
        streams.setStateListener((now, before) -> LOG.info("Pipeline state {} -> {}", before, now));
        LOG.info("Pipeline {} on {} partitions, rules {}", props.get("application.id"), partitions, rules.version());
    }

    public EarmarkPipeline start() {
        streams.start();
        return this;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public RuleBook rules() {
        return rules;
    }

    /** The error that stopped a stream thread, or null. */
    public Throwable failure() {
        return failure;
    }

    public boolean isRunning() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    public void close(Duration timeout) {
        if (!streams.close(timeout)) {
            LOG.warn("Pipeline did not close within {}", timeout);
        }
    }
}
